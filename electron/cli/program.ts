// The init-lab program: its commands and how commander reports to us instead of exiting.
import { Command } from 'commander';
import type { CliIo } from './io';
import { experimentCommand } from './experiment/command';
import { runsCommand } from './runs/command';
import { trainCommand } from './train/command';
import { serveCommand } from './serve/command';
import { workerCommand } from './worker/command';
import pkg from '../../package.json';

const EXAMPLES = `
Examples:
  init-lab train --preset course --init zeros,random,he          the course's three runs, as it prints them
  init-lab train --preset course --init xavier_normal,he --seeds 1-20 --json
  init-lab experiment run my-experiment.json --save
  init-lab runs list
  init-lab serve --open
  init-lab worker --redis redis://127.0.0.1:6379                  train runs sent by labs started with --redis
  init-lab train --preset course --seeds 1-100 --redis redis://127.0.0.1:6379

Bad input exits with status 2 and one line on stderr; see init-lab COMMAND --help.`;

/** Builds the whole command tree, writing through io; errors are thrown (exitOverride) for runCli to report, and a command's own exit status goes to setStatus. */
export function buildProgram(io: CliIo, setStatus: (status: number) => void = () => {}): Command {
  const program = new Command('init-lab')
    .description('Init Lab: see how weight initialization decides whether a neural network learns')
    .version(pkg.version)
    .showSuggestionAfterError(true)
    .addHelpText('after', EXAMPLES);
  program.addCommand(trainCommand(io, setStatus));
  program.addCommand(experimentCommand(io, setStatus));
  program.addCommand(runsCommand(io));
  program.addCommand(serveCommand(io));
  program.addCommand(workerCommand(io));
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
