// `init-lab runs import FILE`: a bundle into the store, checked first and written in one transaction.
import { Command } from 'commander';
import { toJson } from '../format/json';
import { UsageError } from '../errors';
import type { CliIo } from '../io';
import { readInputFile } from '../read-file';
import { unwrap, withService } from '../service';
import { dataOption, jsonOption } from './options';

/** The import subcommand. */
export function importCommand(io: CliIo): Command {
  return new Command('import')
    .description('import an exported JSON bundle (a bad or truncated file writes nothing)')
    .argument('<file>', 'bundle file, as written by runs export')
    .addOption(dataOption())
    .addOption(jsonOption())
    .action(async (file: string, f: { data?: string; json?: boolean }) => {
      const text = readInputFile(file);
      if (text.trim() === '') throw new UsageError(`${file}: the file is empty; expected an Init Lab JSON bundle`);
      const ids = await withService(io, { save: true, dataDir: f.data }, async (s) => unwrap(await s.call('import.bundle', { text }), (e) => `${file}: ${e.message}`));
      if (f.json) io.stdout.write(`${toJson(ids)}\n`);
      else io.stdout.write(`imported ${ids.runIds.length} run(s) in ${ids.experimentIds.length} experiment(s): ${ids.runIds.join(' ')}\n`);
    });
}
