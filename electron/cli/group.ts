// Command groups (`runs`, `experiment`): without a known subcommand they say, in one line, which ones exist.
import type { Command } from 'commander';
import { UsageError } from './errors';

/** Makes a group refuse a missing or unknown subcommand with one line naming the accepted ones. */
export function requireSubcommand(group: Command): Command {
  return group.usage('<command> [options]').argument('[command]').action((name: string | undefined) => {
    const names = group.commands.map((c) => c.name()).join(', ');
    if (name === undefined) throw new UsageError(`${group.name()} needs a command: ${names} (see init-lab ${group.name()} --help)`);
    throw new UsageError(`unknown command '${group.name()} ${name}'; commands: ${names}`);
  });
}
