// `init-lab runs show ID`: one stored run with its config and costs.
import { Command, Option } from 'commander';
import { positiveIntArg } from '../args';
import { toJson } from '../format/json';
import { pyFloat } from '../format/py-float';
import type { CliIo } from '../io';
import { unwrap, withService } from '../service';
import { dataOption, jsonOption } from './options';

interface ShowFlags {
  full?: boolean;
  logEvery: number;
  data?: string;
  json?: boolean;
}

/** The show subcommand. */
export function showCommand(io: CliIo): Command {
  return new Command('show')
    .description('show one stored run: summary, config and costs')
    .argument('<id>', 'run id (see runs list)')
    .option('--full', 'include checkpoints and parameters in the JSON')
    .addOption(new Option('--log-every <n>', 'text: show the cost every n iterations').argParser(positiveIntArg).default(1000))
    .addOption(dataOption())
    .addOption(jsonOption())
    .action(async (id: string, f: ShowFlags) => {
      const include = { costs: true, checkpoints: f.full ?? false, params: f.full ?? false };
      const run = await withService(io, { save: true, dataDir: f.data }, async (s) => unwrap(await s.call('runs.get', { id, include })));
      if (f.json) {
        const { checkpoints: _c, initialParams: _i, finalParams: _f, ...summary } = run;
        io.stdout.write(`${toJson(f.full ? run : summary)}\n`);
        return;
      }
      const lines = [
        `run ${run.id} (experiment ${run.experimentId}): ${run.name}`,
        `status       ${run.status}${run.errorMessage ? `: ${run.errorMessage}` : ''}`,
        `init         ${run.init}, init seed ${run.initSeed}${run.dataSeed === null ? '' : `, data seed ${run.dataSeed}`}`,
        `dataset      ${run.dataset}`,
        `iterations   ${run.iterationsRun ?? '-'} of ${run.iterations}${run.divergedAt === null ? '' : ` (diverged at ${run.divergedAt})`}`,
        `final cost   ${run.finalCost === null ? '-' : pyFloat(run.finalCost)}`,
        `accuracy     train ${run.trainAccuracy ?? '-'}, test ${run.testAccuracy ?? '-'}`,
        `seconds      ${run.trainSeconds === null ? '-' : run.trainSeconds.toFixed(2)}`,
        `created      ${run.createdAt}`,
        ...(run.tags.length ? [`tags         ${run.tags.join(', ')}`] : []),
        ...(run.notes ? [`notes        ${run.notes}`] : []),
        '',
        'config:',
        toJson(run.config),
        '',
        ...run.costs.filter((p) => p.iteration % f.logEvery === 0).map((p) => `Cost after iteration ${p.iteration}: ${pyFloat(p.cost)}`),
      ];
      io.stdout.write(`${lines.join('\n')}\n`);
    });
}
