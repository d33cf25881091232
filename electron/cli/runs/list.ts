// `init-lab runs list`: the stored runs, newest first, with filters.
import { Command, Option } from 'commander';
import { RUN_SORT_KEYS } from '../../../shared/contract/operations';
import { issueLine, issuesMessage } from '../../../shared/contract/issues';
import { RUN_STATUSES } from '../../../shared/contract/records';
import { numberArg } from '../args';
import { toJson } from '../format/json';
import { pyFloat } from '../format/py-float';
import { textTable } from '../format/table';
import type { CliIo } from '../io';
import { unwrap, withService } from '../service';
import { dataOption, jsonOption } from './options';

interface ListFlags {
  experiment?: string;
  status?: (typeof RUN_STATUSES)[number];
  init?: string;
  dataset?: string;
  tag?: string;
  search?: string;
  sort?: (typeof RUN_SORT_KEYS)[number];
  asc?: boolean;
  limit?: number;
  data?: string;
  json?: boolean;
}

const show = (x: number | null) => (x === null ? '-' : String(x));

/** The list subcommand. */
export function listCommand(io: CliIo): Command {
  return new Command('list')
    .description('list stored runs (JSON: an array of run summaries)')
    .option('--experiment <id>', 'only the runs of this experiment')
    .addOption(new Option('--status <status>', 'only runs with this status').choices(RUN_STATUSES))
    .option('--init <spec>', 'only runs of this initializer spec (as listed, e.g. he or xavier_normal:gain=2)')
    .option('--dataset <name>', 'only runs on this data set')
    .option('--tag <tag>', 'only runs with this tag')
    .option('--search <text>', 'match name, arm, init, dataset, notes and tags')
    .addOption(new Option('--sort <key>', 'sort key (default: createdAt)').choices(RUN_SORT_KEYS))
    .option('--asc', 'ascending order (default: descending)')
    .addOption(new Option('--limit <n>', 'at most this many runs (default: 1000)').argParser(numberArg))
    .addOption(dataOption())
    .addOption(jsonOption())
    .action(async (f: ListFlags) => {
      const query = {
        experimentId: f.experiment,
        status: f.status,
        init: f.init,
        dataset: f.dataset,
        tag: f.tag,
        search: f.search,
        sort: f.sort,
        order: f.asc ? ('asc' as const) : undefined,
        limit: f.limit,
      };
      const { runs, total } = await withService(io, { save: true, dataDir: f.data }, async (s) =>
        unwrap(await s.call('runs.list', JSON.parse(JSON.stringify(query))), (e) => (e.issues ? issuesMessage(e.issues, (i) => issueLine(i, i.path.length ? `--${i.path[0]}` : 'runs list')) : e.message)),
      );
      if (f.json) {
        io.stdout.write(`${toJson(runs)}\n`);
        return;
      }
      const rows = runs.map((r) => [
        r.id,
        r.experimentId,
        r.status,
        r.init,
        String(r.initSeed),
        r.dataSeed === null ? '-' : String(r.dataSeed),
        r.dataset,
        show(r.trainAccuracy),
        show(r.testAccuracy),
        r.finalCost === null ? '-' : pyFloat(r.finalCost),
        r.createdAt.replace('T', ' ').slice(0, 19),
      ]);
      io.stdout.write(`${textTable(['id', 'experiment', 'status', 'init', 'seed', 'data seed', 'dataset', 'train acc', 'test acc', 'final cost', 'created'], rows)}\n`);
      if (total > runs.length) io.stdout.write(`(${runs.length} of ${total} runs shown; see --limit)\n`);
    });
}
