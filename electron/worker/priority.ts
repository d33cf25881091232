// Training threads yield to the page: on Linux each worker thread lowers its own scheduling priority.
import { setPriority } from 'node:os';

/** The niceness a training thread takes (0 normal, 19 lowest): below the page and the server, above idle work. */
export const TRAINING_NICENESS = 10;

/**
 * Lowers this thread's priority where that touches only this thread: on Linux, setpriority(PRIO_PROCESS, 0)
 * applies to the calling thread (NPTL threads each have their own nice value), so the server's main thread
 * and the browser keep theirs; elsewhere it would renice the whole process, so nothing is done. Returns
 * whether it was lowered; failure (a sandbox refusing it) leaves training as it was.
 */
export function lowerThreadPriority(platform: NodeJS.Platform = process.platform, niceness = TRAINING_NICENESS): boolean {
  if (platform !== 'linux') return false;
  try {
    setPriority(0, niceness);
    return true;
  } catch {
    return false;
  }
}
