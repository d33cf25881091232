// `init-lab runs`: the stored runs: list, show, export, import, delete.
import { Command } from 'commander';
import { requireSubcommand } from '../group';
import type { CliIo } from '../io';
import { deleteCommand } from './delete';
import { exportCommand } from './export';
import { importCommand } from './import';
import { listCommand } from './list';
import { showCommand } from './show';

/** The runs command group. */
export function runsCommand(io: CliIo): Command {
  const group = new Command('runs')
    .description('work with stored runs (saved with train --save or experiment run --save, or made in the app)')
    .addCommand(listCommand(io))
    .addCommand(showCommand(io))
    .addCommand(exportCommand(io))
    .addCommand(importCommand(io))
    .addCommand(deleteCommand(io));
  return requireSubcommand(group);
}
