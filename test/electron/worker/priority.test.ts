import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { lowerThreadPriority, TRAINING_NICENESS } from '../../../electron/worker/priority';

describe('lowerThreadPriority', () => {
  it('does nothing outside Linux, where it would renice the whole process', () => {
    expect(lowerThreadPriority('darwin')).toBe(false);
    expect(lowerThreadPriority('win32')).toBe(false);
  });

  it.runIf(process.platform === 'linux')('lowers a worker thread\'s priority and leaves the main thread\'s alone', async () => {
    const before = getPriority(0);
    // the same call lowerThreadPriority makes, in a plain worker thread (no TypeScript loader needed)
    const code = `const os = require('node:os'); os.setPriority(0, ${TRAINING_NICENESS}); require('node:worker_threads').parentPort.postMessage(os.getPriority(0));`;
    const worker = new Worker(code, { eval: true });
    const niceness = await new Promise<number>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(niceness).toBe(Math.max(before, TRAINING_NICENESS));
    expect(getPriority(0)).toBe(before);
  });
});
