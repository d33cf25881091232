// `init-lab runs export`: a run or an experiment as a versioned JSON bundle, or runs' metrics as CSV.
import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import type { ExportFile } from '../../../shared/contract/records';
import { UsageError } from '../errors';
import type { CliIo } from '../io';
import { unwrap, withService } from '../service';
import { dataOption } from './options';

interface ExportFlags {
  experiment?: string;
  csv?: boolean;
  metrics: 'costs' | 'checkpoints';
  out?: string;
  data?: string;
}

/** The export subcommand. */
export function exportCommand(io: CliIo): Command {
  return new Command('export')
    .description('export runs (a JSON bundle per run, or with --experiment the whole experiment; --csv for metrics) to stdout or --out FILE')
    .argument('[ids...]', 'run ids (see runs list)')
    .option('--experiment <id>', 'export this experiment and all its runs as one bundle')
    .option('--csv', 'metrics of the runs as CSV (long format: one row per run and iteration)')
    .addOption(new Option('--metrics <what>', 'with --csv: which metrics').choices(['costs', 'checkpoints']).default('costs'))
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .addOption(dataOption())
    .action(async (ids: string[], f: ExportFlags) => {
      if (f.experiment !== undefined && ids.length > 0) throw new UsageError('give run ids or --experiment ID, not both');
      if (f.experiment !== undefined && f.csv) throw new UsageError('--csv exports runs: give run ids, not --experiment');
      if (f.experiment === undefined && ids.length === 0) throw new UsageError('nothing to export: give run ids or --experiment ID');
      if (f.experiment === undefined && !f.csv && ids.length > 1) {
        throw new UsageError('a JSON bundle holds one run or one experiment: give one run id, --experiment ID, or --csv for several runs');
      }
      const file: ExportFile = await withService(io, { save: true, dataDir: f.data }, async (s) => {
        if (f.experiment !== undefined) return unwrap(await s.call('export.experiment', { id: f.experiment }));
        if (f.csv) return unwrap(await s.call('export.csv', { runIds: ids, what: f.metrics }));
        return unwrap(await s.call('export.run', { id: ids[0] }));
      });
      if (f.out === undefined || f.out === '-') {
        io.stdout.write(file.text.endsWith('\n') ? file.text : `${file.text}\n`);
        return;
      }
      try {
        writeFileSync(f.out, file.text);
      } catch (e) {
        throw new UsageError(`--out: cannot write "${f.out}": ${(e as Error).message}`);
      }
      io.stderr.write(`wrote ${f.out}\n`);
    });
}
