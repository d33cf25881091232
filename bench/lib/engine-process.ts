// One independent engine process for the pool bench: the worker's own job code (runJob) on the main thread,
// with reports dropped instead of posted. It warms up, says "ready", waits for "go" on stdin, trains its runs
// back to back and prints one JSON line: wall seconds from "go" and each run's training seconds.
// usage: tsx bench/lib/engine-process.ts RUNS   (the run config as JSON on the first stdin line)
import { createInterface } from 'node:readline';
import type { RunConfig } from '../../shared/contract/config';
import { trainRun } from '../../shared/engine/train';
import { runJob } from '../../electron/worker/job';
import { lowerThreadPriority } from '../../electron/worker/priority';

// A pool worker lowers its thread's priority (electron/worker/serve.ts); this process takes the same niceness so
// pool and processes are compared on equal terms (a busy machine would otherwise favour the processes).
lowerThreadPriority();

const runs = Number(process.argv[2] ?? '1');
const lines = createInterface({ input: process.stdin });
const queue: string[] = [];
const waiters: ((line: string) => void)[] = [];
lines.on('line', (l) => (waiters.length ? waiters.shift()!(l) : queue.push(l)));
const nextLine = () => new Promise<string>((r) => (queue.length ? r(queue.shift()!) : waiters.push(r)));

/** Trains one run as a pool worker would (same hooks, same buffering), returning the engine's training seconds. */
function train(config: RunConfig, id: string): number {
  let seconds = NaN;
  runJob({ type: 'start', jobId: id, config, progressIntervalMs: 50, costFlushMs: 100 }, trainRun, {
    post: (report) => {
      if (report.type === 'done') seconds = report.result.trainSeconds;
      else if (report.type === 'error') throw new Error(report.message);
    },
    cancelRequested: () => false,
    now: () => performance.now(),
  });
  return seconds;
}

const config = JSON.parse(await nextLine()) as RunConfig;
train(config, 'warm');
process.stdout.write('ready\n');
await nextLine();
const t0 = performance.now();
const trainSeconds: number[] = [];
for (let i = 0; i < runs; i++) trainSeconds.push(train(config, `run-${i}`));
process.stdout.write(`${JSON.stringify({ seconds: (performance.now() - t0) / 1000, trainSeconds })}\n`);
lines.close();
