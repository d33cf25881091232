// How the command line reports bad input: one line on stderr and exit status 2, never a stack trace.

/** Exit status for invalid flags, values or files. */
export const EXIT_USAGE = 2;

/** Exit status for a failure that is not the user's input (a crashed run, an I/O error). */
export const EXIT_FAILURE = 1;

/** Bad input from the user; its message is one line naming the problem and what is accepted. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly code = 'invalid_argument',
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Folds a message onto one line so the error stays a single stderr line. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, '; ').trim();
}
