// Input files named on the command line: an unreadable one is the user's error, reported in one line.
import { readFileSync } from 'node:fs';
import { UsageError } from './errors';

/** Why a file could not be read, in a few words ("no such file" rather than ENOENT's message). */
export function unreadableReason(e: unknown): string {
  return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
}

/** The text of a file named on the command line; a UsageError naming it when it cannot be read. */
export function readInputFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read "${file}": ${unreadableReason(e)}`);
  }
}
