// Where the command line writes: stdout for results, stderr for messages and progress.
import type { Writable } from 'node:stream';

/** The two output streams of a command, and whether stderr is a terminal (progress bars only then). */
export interface CliIo {
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  /** Environment variables (INIT_LAB_DATA and the like). */
  env: Record<string, string | undefined>;
}

/** The process's own streams and environment. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}
