// A progress bar on stderr while runs train, shown only on a terminal so piped output stays clean.
import { SingleBar } from 'cli-progress';
import type { CliIo } from './io';

/** Progress of one piece of long work. */
export interface ProgressBar {
  /** False when nothing is shown (callers can then skip progress callbacks altogether). */
  active: boolean;
  update(value: number): void;
  /** Removes the bar (so the next output starts on a clean line). */
  stop(): void;
}

const QUIET: ProgressBar = { active: false, update() {}, stop() {} };

/** A bar counting to total, labelled; a no-op when stderr is not a terminal. */
export function progressBar(io: CliIo, label: string, total: number): ProgressBar {
  if (!io.stderr.isTTY) return QUIET;
  const bar = new SingleBar({
    stream: io.stderr,
    format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`,
    clearOnComplete: true,
    hideCursor: true,
    fps: 10,
  });
  bar.start(total, 0);
  return { active: true, update: (v) => bar.update(v), stop: () => bar.stop() };
}
