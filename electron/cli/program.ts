// The init-lab program: its commands and how commander reports to us instead of exiting.
import { Command } from 'commander';
import type { CliIo } from './io';
import { trainCommand } from './train/command';
import pkg from '../../package.json';

/** Builds the whole command tree, writing through io; errors are thrown (exitOverride) for runCli to report. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('init-lab')
    .description('Init Lab: see how weight initialization decides whether a neural network learns')
    .version(pkg.version)
    .showSuggestionAfterError(true);
  program.addCommand(trainCommand(io));
  configure(program, io);
  return program;
}

function configure(cmd: Command, io: CliIo): void {
  cmd
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // runCli writes the one error line itself.
      outputError: () => {},
    });
  for (const sub of cmd.commands) configure(sub, io);
}
