// What a command runs with: where it writes, the environment, and which training worker the service starts.
import type { Writable } from 'node:stream';
import type { WorkerEntry } from '../pool/worker-entry';
import type { StoreFaults } from '../store/faults';

/** The output streams and surroundings of one command line. */
export interface CliIo {
  stdout: Writable;
  /** stderr; a progress bar is drawn only when it is a terminal. */
  stderr: Writable & { isTTY?: boolean };
  /** Environment variables (INIT_LAB_DATA and the like). */
  env: Record<string, string | undefined>;
  /** The training worker script: the bundled one in the built CLI, the TypeScript source otherwise. */
  worker: WorkerEntry;
  /** Injected storage failures (fault-injection tests only). */
  storeFaults?: StoreFaults;
}

/** The process's own streams and environment, with the given worker; a reader that closes early (`| head`) ends the process quietly. */
export function processIo(worker: WorkerEntry): CliIo {
  quietOnClosedPipe(process.stdout);
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, worker };
}

/** Ends the process with its status so far when the stream's reader has gone (EPIPE), instead of a stack trace. */
export function quietOnClosedPipe(stream: NodeJS.WriteStream, exit: (code: number) => void = (code) => process.exit(code)): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    else throw e;
  });
}
