// One training job inside a worker: the engine's hooks turned into WorkerReports.
// Costs are buffered and sent in chunks (fresh buffers, transferred zero-copy); cancellation is polled.
import type { JobResult, StartJob, WorkerReport } from '../../shared/contract/worker-messages';
import { transferablesOf } from '../../shared/contract/worker-messages';
import type { RunConfig } from '../../shared/contract/config';
import type { Checkpoint, CostPoint, RunResult, TrainHooks } from '../../shared/engine/types';

/** The engine's entry point as the worker sees it (shared/engine/train's trainRun). */
export type TrainFn = (config: RunConfig, hooks: TrainHooks) => RunResult;

/** What a job needs from its thread. */
export interface JobIo {
  post(report: WorkerReport, transfer?: ArrayBuffer[]): void;
  /** True once a cancel message for this job has arrived. */
  cancelRequested(jobId: string): boolean;
  now(): number;
}

/** Milliseconds between polls of the control port (cheap, but not free, so not every iteration). */
const CANCEL_POLL_MS = 20;

/** Trains one run and reports everything it records; never throws (an engine error becomes an `error` report). */
export function runJob(start: StartJob, train: TrainFn, io: JobIo): void {
  const { jobId } = start;
  let its: number[] = [];
  let costs: number[] = [];
  let sentCosts = 0;
  const sentCheckpoints = new Set<number>();
  let lastFlush = io.now();
  let lastPoll = -Infinity;
  let stop = false;

  const flush = () => {
    if (costs.length === 0) return;
    const iterations = Float64Array.from(its);
    const values = Float64Array.from(costs);
    sentCosts += values.length;
    its = [];
    costs = [];
    lastFlush = io.now();
    io.post({ type: 'costs', jobId, iterations, costs: values }, [iterations.buffer, values.buffer]);
  };
  const sendCheckpoint = (c: Checkpoint) => {
    flush();
    sentCheckpoints.add(c.iteration);
    // Cloned, not transferred: the engine may still hold this checkpoint's arrays.
    io.post({ type: 'checkpoint', jobId, checkpoint: c });
  };

  const hooks: TrainHooks = {
    progressIntervalMs: start.progressIntervalMs,
    onProgress: (progress) => io.post({ type: 'progress', jobId, progress: { ...progress } }),
    onCosts: (points: CostPoint[]) => {
      for (const p of points) {
        its.push(p.iteration);
        costs.push(p.cost);
      }
      if (io.now() - lastFlush >= start.costFlushMs) flush();
    },
    onCheckpoint: sendCheckpoint,
    shouldStop: () => {
      if (stop) return true;
      const t = io.now();
      if (t - lastPoll < CANCEL_POLL_MS) return false;
      lastPoll = t;
      stop = io.cancelRequested(jobId);
      return stop;
    },
  };

  let result: RunResult;
  try {
    result = train(start.config, hooks);
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    // What was recorded before the failure is kept with the failed run.
    flush();
    io.post({ type: 'error', jobId, message: err.message || err.name, stack: err.stack });
    return;
  }
  flush();
  // Whatever the engine returned but did not stream (it may stream nothing at all) is sent now, in order.
  if (result.costs.length > sentCosts) {
    for (const p of result.costs.slice(sentCosts)) {
      its.push(p.iteration);
      costs.push(p.cost);
    }
    flush();
  }
  for (const c of result.checkpoints) if (!sentCheckpoints.has(c.iteration)) sendCheckpoint(c);
  // Costs and checkpoints went out as they were recorded; the rest is the result, field for field.
  const { costs: _costs, checkpoints: _checkpoints, ...out } = result;
  const done: JobResult = out;
  io.post({ type: 'done', jobId, result: done }, transferablesOf(done));
}
