// A progress bar on stderr while runs train, shown only on a terminal so piped output stays clean.
import { SingleBar } from 'cli-progress';
import type { CliIo } from './io';

/** Progress of one piece of long work. */
export interface ProgressBar {
  /** False when nothing is shown (callers can then skip progress callbacks altogether). */
  active: boolean;
  /** Moves the bar; `secondsLeft` (the engine's estimate) replaces the bar's own guess from recent updates. */
  update(value: number, secondsLeft?: number | null): void;
  /** Removes the bar (so the next output starts on a clean line). */
  stop(): void;
}

const QUIET: ProgressBar = { active: false, update() {}, stop() {} };

/** A bar counting to total, labelled; a no-op when stderr is not a terminal. */
export function progressBar(io: CliIo, label: string, total: number): ProgressBar {
  if (!io.stderr.isTTY) return QUIET;
  const bar = new SingleBar({
    stream: io.stderr,
    format: `${label} [{bar}] {percentage}% | {value}/{total} | {left} left`,
    clearOnComplete: true,
    hideCursor: true,
    fps: 10,
  });
  bar.start(total, 0, { left: '…' });
  return {
    active: true,
    // cli-progress's own ETA looks at its last ten updates, which miss the checkpoints between them.
    update: (v, left) => bar.update(v, { left: left == null ? '…' : formatLeft(left) }),
    stop: () => bar.stop(),
  };
}

/** Seconds as "45s", "2m05s" or "1h02m". */
export function formatLeft(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
