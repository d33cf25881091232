// Runs one command line: parses it, runs the command, and turns every failure into one stderr line and an exit status.
import { type Command, CommanderError } from 'commander';
import { buildProgram } from './program';
import { EXIT_FAILURE, EXIT_USAGE, UsageError, oneLine } from './errors';
import type { CliIo } from './io';

/** Runs `init-lab ARGS…` and resolves to the exit status; nothing is thrown. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  let status = 0;
  const program = buildProgram(io, (s) => (status = s));
  if (args.length === 0) {
    program.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync(args, { from: 'user' });
    return status;
  } catch (e) {
    return report(e, io, program, args);
  }
}

function report(e: unknown, io: CliIo, program: Command, args: string[]): number {
  if (e instanceof CommanderError) {
    // --help and --version end here too, with status 0 and their text already written.
    if (e.exitCode === 0) return 0;
    let message = e.message.replace(/^error: /, '');
    if (e.code === 'commander.unknownOption') message += `; accepted: ${acceptedFlags(program, args)}`;
    if (e.code === 'commander.unknownCommand') message += `; commands: ${program.commands.map((c) => c.name()).join(', ')}`;
    io.stderr.write(`init-lab: ${oneLine(message)}\n`);
    return EXIT_USAGE;
  }
  if (e instanceof UsageError) {
    io.stderr.write(`init-lab: ${oneLine(e.message)}\n`);
    return EXIT_USAGE;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.stderr.write(`init-lab: failed: ${oneLine(message)}\n`);
  if (io.env.INIT_LAB_DEBUG && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
  return EXIT_FAILURE;
}

/** The long flags of the (sub)command the arguments name, for an "unknown option" message. */
function acceptedFlags(program: Command, args: string[]): string {
  let command = program;
  for (const arg of args) {
    const sub = command.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
    if (!sub) break;
    command = sub;
  }
  const flags = command.options.map((o) => o.long ?? o.short ?? o.flags);
  return [...flags, '--help'].join(' ');
}
