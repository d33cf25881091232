import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import type { WorkerEntry } from '../../../electron/pool/worker-entry';
import type { CliIo } from '../../../electron/cli/io';
import { formatLeft, progressBar } from '../../../electron/cli/progress';

function fakeIo(isTTY: boolean): { io: CliIo; written: () => string } {
  let text = '';
  const sink = () =>
    new Writable({
      write(chunk, _enc, cb) {
        text += String(chunk);
        cb();
      },
    });
  const stderr = Object.assign(sink(), { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  const worker: WorkerEntry = { path: 'unused', typescript: true };
  return { io: { stdout: sink(), stderr, env: {}, worker }, written: () => text };
}

describe('progressBar', () => {
  it('draws a labelled bar with the count on a terminal', () => {
    const { io, written } = fakeIo(true);
    const bar = progressBar(io, 'training 3 runs', 300);
    expect(bar.active).toBe(true);
    bar.update(150);
    bar.stop();
    expect(written()).toMatch(/training 3 runs \[.*\] 0% \| 0\/300/);
  });

  it("shows the engine's estimate of the time left", () => {
    const { io, written } = fakeIo(true);
    const bar = progressBar(io, 'training', 300);
    bar.update(150, 125);
    bar.stop();
    expect(written()).toMatch(/2m05s left/);
  });

  it('writes nothing when stderr is piped', () => {
    const { io, written } = fakeIo(false);
    const bar = progressBar(io, 'training', 100);
    bar.update(50);
    bar.stop();
    expect(bar.active).toBe(false);
    expect(written()).toBe('');
  });
});

describe('formatLeft', () => {
  it('writes seconds, minutes with seconds, and hours with minutes', () => {
    expect(formatLeft(45.4)).toBe('45s');
    expect(formatLeft(125)).toBe('2m05s');
    expect(formatLeft(3720)).toBe('1h02m');
  });
});
