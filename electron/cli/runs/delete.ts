// `init-lab runs delete`: stored runs (or a whole experiment) removed; runs still training are cancelled first.
import { Command } from 'commander';
import { toJson } from '../format/json';
import { UsageError } from '../errors';
import type { CliIo } from '../io';
import { unwrap, withService } from '../service';
import { dataOption, jsonOption } from './options';

/** The delete subcommand. */
export function deleteCommand(io: CliIo): Command {
  return new Command('delete')
    .description('delete runs by id, or with --experiment an experiment and all its runs')
    .argument('[ids...]', 'run ids (see runs list)')
    .option('--experiment <id>', 'delete this experiment and all its runs')
    .addOption(dataOption())
    .addOption(jsonOption())
    .action(async (ids: string[], f: { experiment?: string; data?: string; json?: boolean }) => {
      if ((f.experiment === undefined) === (ids.length === 0)) throw new UsageError('give run ids or --experiment ID (one of the two)');
      const { deleted } = await withService(io, { save: true, dataDir: f.data }, async (s) =>
        f.experiment !== undefined ? unwrap(await s.call('experiments.delete', { id: f.experiment })) : unwrap(await s.call('runs.delete', { ids })),
      );
      if (f.json) io.stdout.write(`${toJson({ deleted })}\n`);
      else io.stdout.write(`deleted ${deleted} run(s)\n`);
    });
}
