// A pool of training worker threads: a FIFO of jobs, one job per worker at a time, dead workers replaced.
// Cancellation is a message on a per-worker control port that the worker polls between iterations.
import { availableParallelism } from 'node:os';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { RunConfig } from '../../shared/contract/config';
import type { JobResult, StartJob, WorkerReport } from '../../shared/contract/worker-messages';
import type { JobRunner } from './job-runner';
import { typeScriptBootstrap, type WorkerEntry } from './worker-entry';

/** How a job ended: with the worker's result, with an error (the run fails), or cancelled without a result. */
export type JobEnd = { kind: 'done'; result: JobResult } | { kind: 'error'; message: string } | { kind: 'cancelled' };

/** A submitted job. */
export interface JobHandle {
  readonly jobId: string;
  /** Asks the job to stop; a queued job is dropped, a training one stops at its next poll (or its worker is ended). */
  cancel(): void;
  /** Settles once the job has ended; never rejects. */
  readonly ended: Promise<JobEnd>;
}

/** Options of a pool. */
export interface PoolOptions {
  worker: WorkerEntry;
  /** Number of workers (default: `defaultPoolSize()`). */
  size?: number;
  /** Minimum milliseconds between a job's progress reports (default 50, i.e. ≤ 20 a second). */
  progressIntervalMs?: number;
  /** Milliseconds between flushes of a job's buffered costs (default 100). */
  costFlushMs?: number;
  /** How long a cancelled job may take to stop before its worker is ended and replaced (default 750 ms). */
  cancelGraceMs?: number;
}

/** Runs the app trains at once at the least: the course's three arms, so they grow side by side. */
export const MIN_DEFAULT_WORKERS = 3;

/**
 * The default pool size: one worker per core but one (for the main thread), and never fewer than the
 * course's three arms. On a small machine the extra workers share the cores, which costs no wall time
 * (the same work is done either way) and keeps the page smooth because workers train at a lower
 * scheduling priority (see `lowerThreadPriority`).
 */
export function defaultPoolSize(cores: number = availableParallelism()): number {
  return Math.max(MIN_DEFAULT_WORKERS, cores - 1);
}

/** The pool size asked for in `INIT_LAB_WORKERS`, or null when unset; a value that is not a positive integer is refused by name. */
export function poolSizeFromEnv(env: Record<string, string | undefined> = process.env): number | null {
  const raw = env.INIT_LAB_WORKERS;
  if (raw === undefined || raw.trim() === '') return null;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new Error(`INIT_LAB_WORKERS: got ${JSON.stringify(raw)}; expected a whole number of workers ≥ 1`);
  }
  return n;
}

/** What a job's submitter hears while it trains. */
export interface JobListener {
  /** The job was handed to a worker. */
  onStart?(): void;
  /** Progress, costs and checkpoints, in the order the worker sent them. */
  onReport?(report: WorkerReport): void;
  /**
   * The job started over from the beginning (a remote worker died or gave it back, and another took it):
   * everything reported so far is void. Reports of the new attempt follow. The local pool never restarts a job.
   */
  onRestart?(): void;
}

interface Job {
  jobId: string;
  /** The id on the wire: unique per submission, so a late cancel can never hit a rerun of the same job id. */
  wireId: string;
  config: RunConfig;
  listener: JobListener;
  resolve: (end: JobEnd) => void;
  settled: boolean;
  cancelRequested: boolean;
  slot: Slot | null;
  graceTimer: NodeJS.Timeout | null;
}

interface Slot {
  worker: Worker;
  control: MessagePort;
  job: Job | null;
  alive: boolean;
}

/** Runs jobs on worker threads. */
export class WorkerPool implements JobRunner {
  readonly size: number;
  private readonly options: Required<Omit<PoolOptions, 'size'>>;
  private readonly slots: Slot[] = [];
  /** Jobs waiting for a worker, in submission order (a Set: a cancelled job leaves it in O(1)). */
  private readonly pending = new Set<Job>();
  private readonly jobs = new Map<string, Job>();
  private closed = false;
  private submissions = 0;

  constructor(options: PoolOptions) {
    this.size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
    this.options = {
      worker: options.worker,
      progressIntervalMs: options.progressIntervalMs ?? 50,
      costFlushMs: options.costFlushMs ?? 100,
      cancelGraceMs: options.cancelGraceMs ?? 750,
    };
  }

  /** Jobs training now. */
  get running(): number {
    return this.slots.filter((s) => s.job !== null).length;
  }

  /** Jobs waiting for a worker. */
  get queued(): number {
    return this.pending.size;
  }

  /** Live worker threads. */
  get workers(): number {
    return this.slots.length;
  }

  /** Queues a job; its start and reports go to the listener, its ending to `ended`. */
  submit(jobId: string, config: RunConfig, listener: JobListener = {}): JobHandle {
    if (this.closed) throw new Error('the pool is closed');
    if (this.jobs.has(jobId)) throw new Error(`job ${jobId} is already in the pool`);
    let resolve!: (end: JobEnd) => void;
    const ended = new Promise<JobEnd>((r) => (resolve = r));
    const job: Job = { jobId, wireId: `${jobId}#${++this.submissions}`, config, listener, resolve, settled: false, cancelRequested: false, slot: null, graceTimer: null };
    this.jobs.set(jobId, job);
    this.pending.add(job);
    this.dispatch();
    return { jobId, cancel: () => this.cancel(jobId), ended };
  }

  /** Cancels a job by id (no-op if it has ended). */
  cancel(jobId: string): void {
    const job = this.jobs.get(jobId);
    if (!job || job.settled) return;
    job.cancelRequested = true;
    if (this.pending.delete(job)) {
      this.settle(job, { kind: 'cancelled' });
      return;
    }
    const slot = job.slot;
    if (!slot || job.graceTimer) return;
    slot.control.postMessage({ type: 'cancel', jobId: job.wireId });
    job.graceTimer = setTimeout(() => {
      // The worker did not stop in time (a long step, a stuck loop): end the thread; a fresh one replaces it.
      if (!job.settled) {
        this.settle(job, { kind: 'cancelled' });
        this.retire(slot);
      }
    }, this.options.cancelGraceMs);
  }

  /** Ends every worker; queued and running jobs end cancelled. */
  async close(): Promise<void> {
    this.closed = true;
    const waiting = [...this.pending];
    this.pending.clear();
    for (const job of waiting) this.settle(job, { kind: 'cancelled' });
    const exits = this.slots.map(async (slot) => {
      if (slot.job) this.settle(slot.job, { kind: 'cancelled' });
      slot.alive = false;
      slot.control.close();
      await slot.worker.terminate();
    });
    this.slots.length = 0;
    await Promise.all(exits);
  }

  private dispatch(): void {
    while (this.pending.size > 0 && !this.closed) {
      let slot = this.slots.find((s) => s.alive && s.job === null);
      if (!slot) {
        if (this.slots.length >= this.size) return;
        slot = this.spawn();
      }
      const job = this.pending.values().next().value as Job;
      this.pending.delete(job);
      this.start(slot, job);
    }
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    job.slot = slot;
    slot.worker.ref();
    const msg: StartJob = {
      type: 'start',
      jobId: job.wireId,
      config: job.config,
      progressIntervalMs: this.options.progressIntervalMs,
      costFlushMs: this.options.costFlushMs,
    };
    slot.worker.postMessage(msg);
    // Deferred so that a submitter hears of the start after submit() has returned, and before any report.
    queueMicrotask(() => {
      if (!job.settled) this.safely(() => job.listener.onStart?.());
    });
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch {
      // A listener's failure must not take down the pool; the service reports its own errors.
    }
  }

  private spawn(): Slot {
    const { port1, port2 } = new MessageChannel();
    const entry = this.options.worker;
    const workerData = { control: port2, entry: entry.path };
    const worker = entry.typescript
      ? new Worker(typeScriptBootstrap(), { eval: true, workerData, transferList: [port2] })
      : new Worker(entry.path, { workerData, transferList: [port2] });
    const slot: Slot = { worker, control: port1, job: null, alive: true };
    this.slots.push(slot);
    worker.on('message', (report: WorkerReport) => this.onReport(slot, report));
    worker.on('error', (err: Error) => {
      // An uncaught exception ends the thread: fail its job with the message, then replace the worker.
      const job = slot.job;
      if (job && !job.settled) this.settle(job, job.cancelRequested ? { kind: 'cancelled' } : { kind: 'error', message: err.message || String(err) });
      this.retire(slot);
    });
    worker.on('exit', (code) => {
      const job = slot.job;
      if (job && !job.settled) {
        this.settle(job, job.cancelRequested ? { kind: 'cancelled' } : { kind: 'error', message: `the training worker stopped unexpectedly (exit code ${code})` });
      }
      this.retire(slot);
    });
    // A worker waiting for work must not keep the process alive; a busy one must.
    worker.unref();
    return slot;
  }

  private onReport(slot: Slot, report: WorkerReport): void {
    if (report.type === 'ready') return;
    const job = slot.job;
    if (!job || job.wireId !== report.jobId || job.settled) return;
    if (report.type === 'done') this.settle(job, { kind: 'done', result: report.result });
    else if (report.type === 'error') this.settle(job, { kind: 'error', message: report.message });
    else this.safely(() => job.listener.onReport?.(report));
  }

  private settle(job: Job, end: JobEnd): void {
    if (job.settled) return;
    job.settled = true;
    if (job.graceTimer) clearTimeout(job.graceTimer);
    this.jobs.delete(job.jobId);
    const slot = job.slot;
    if (slot && slot.job === job) {
      slot.job = null;
      slot.worker.unref();
    }
    job.resolve(end);
    queueMicrotask(() => this.dispatch());
  }

  private retire(slot: Slot): void {
    if (!slot.alive) return;
    slot.alive = false;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    slot.control.close();
    void slot.worker.terminate();
    queueMicrotask(() => this.dispatch());
  }
}
