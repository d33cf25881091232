// Messages between the pool and a training worker. Workers report through WorkerReport only.
import type { Checkpoint, Progress, RunResult } from '../engine/types';
import type { RunConfig } from './config';

/** Start training one run. The config was validated once, at the door that accepted it. */
export interface StartJob {
  type: 'start';
  jobId: string;
  config: RunConfig;
  /** Minimum milliseconds between progress reports. */
  progressIntervalMs: number;
  /** Milliseconds between flushes of buffered costs. */
  costFlushMs: number;
}

/** Stop the job; the worker polls for it between iterations and ends the run as `cancelled`. */
export interface CancelJob {
  type: 'cancel';
  jobId: string;
}

/** What the pool sends a worker. */
export type ToWorker = StartJob | CancelJob;

/** What a finished job hands back: the engine's RunResult less what already arrived in `costs` and `checkpoint` reports. */
export type JobResult = Omit<RunResult, 'costs' | 'checkpoints'>;

/** The one message type a worker reports through. Typed arrays travel as transferred buffers (zero-copy). */
export type WorkerReport =
  | { type: 'ready' }
  | { type: 'progress'; jobId: string; progress: Progress }
  /** Recorded costs since the last flush, in iteration order. */
  | { type: 'costs'; jobId: string; iterations: Float64Array; costs: Float64Array }
  | { type: 'checkpoint'; jobId: string; checkpoint: Checkpoint }
  | { type: 'done'; jobId: string; result: JobResult }
  | { type: 'error'; jobId: string; message: string; stack?: string };

/** The buffers of every typed array inside a value, to pass as postMessage's transfer list. */
export function transferablesOf(value: unknown, out: ArrayBuffer[] = []): ArrayBuffer[] {
  if (value === null || typeof value !== 'object') return out;
  if (ArrayBuffer.isView(value)) {
    const buf = value.buffer;
    // A view onto part of a bigger buffer, or a shared buffer, is copied rather than transferred.
    if (buf instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === buf.byteLength && !out.includes(buf)) out.push(buf);
    return out;
  }
  if (Array.isArray(value)) {
    for (const v of value) transferablesOf(v, out);
    return out;
  }
  for (const v of Object.values(value)) transferablesOf(v, out);
  return out;
}
