// The experiment queue: stored runs handed to the pool, their reports written to the store and sent as events.
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { RunConfig } from '../../shared/contract/config';
import type { LabEvent } from '../../shared/contract/events';
import type { RunStatus, RunSummary } from '../../shared/contract/records';
import type { WorkerReport } from '../../shared/contract/worker-messages';
import type { Checkpoint } from '../../shared/engine/types';
import { isTransient } from '../store/storage-error';
import type { JobRunner } from '../pool/job-runner';
import type { JobEnd, JobHandle } from '../pool/pool';
import type { RunStore } from '../store/run-store';
import type { EventHub } from './event-hub';

/** What a run reported while it trained, and what of it could not be written yet. */
interface Recorded {
  costs: number;
  checkpoints: Set<number>;
  unsavedCosts: { iterations: Float64Array; costs: Float64Array }[];
  unsavedCheckpoints: Map<number, Checkpoint>;
  /** The first write failure, logged once per run. */
  writeError: string | null;
}

/** A run's record before its first report (and again when a remote run starts over). */
function nothingRecorded(): Recorded {
  return { costs: 0, checkpoints: new Set(), unsavedCosts: [], unsavedCheckpoints: new Map(), writeError: null };
}

interface ActiveRun {
  runId: string;
  /** Set while a batch cancel writes this run's ending with others; the run is settled once it is written. */
  batch: Promise<void> | null;
  recorded: Recorded;
  experimentId: string;
  sweepId: string | null;
  iterations: number;
  handle: JobHandle;
  startedAt: number | null;
  done: Promise<RunStatus>;
}

const ENDED_EVENT: Record<string, 'run.done' | 'run.diverged' | 'run.failed' | 'run.cancelled' | 'run.interrupted'> = {
  done: 'run.done',
  diverged: 'run.diverged',
  failed: 'run.failed',
  cancelled: 'run.cancelled',
  interrupted: 'run.interrupted',
};

/** Pauses before each retry of a failed result write: about three seconds in all, then the run fails with the reason. */
export const WRITE_RETRY_MS: readonly number[] = [50, 200, 800, 2000];

/** Waiting runs a batch cancel ends per transaction (a few milliseconds of work between pauses). */
const CANCEL_BATCH = 50;

/** How often endings the store refused are tried again. */
const UNRECORDED_RETRY_MS = 1000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** What the queue needs of a run it is handed, when the caller has it at hand. */
export interface KnownRun {
  experimentId: string;
  sweepId: string | null;
  iterations: number;
  config: RunConfig;
}

/** Runs queued in this process, in order, on the job runner (the local pool, or the Redis queue). */
export class RunQueue {
  private readonly active = new Map<string, ActiveRun>();
  private closing = false;
  private writeErrorLogged = false;
  /** Endings the store refused even after the retries, written as soon as it takes writes again. */
  private readonly unrecorded = new Map<string, () => void>();
  private unrecordedTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: RunStore,
    private readonly runner: () => JobRunner,
    private readonly events: EventHub,
    private readonly log: (message: string) => void,
    private readonly retryMs: readonly number[] = WRITE_RETRY_MS,
  ) {}

  /** Runs queued or training in this process. */
  get size(): number {
    return this.active.size;
  }

  /** True if the run is queued or training in this process. */
  has(runId: string): boolean {
    return this.active.has(runId);
  }

  /** Hands a stored, queued run to the runner. */
  enqueue(runId: string, known?: KnownRun): void {
    if (this.closing || this.active.has(runId)) return;
    // A caller that has just stored the run passes what it knows, so thousands of runs queue without reading each back.
    const stored = known ? null : this.store.runSummary(runId);
    const summary: KnownRun | null = known ?? (stored ? { experimentId: stored.experimentId, sweepId: stored.sweep?.sweepId ?? null, iterations: stored.iterations, config: this.store.runConfig(runId)! } : null);
    if (!summary || !summary.config) return;
    const config = summary.config;
    this.emit({ type: 'run.queued', runId, experimentId: summary.experimentId });
    const handle = this.runner().submit(runId, config, {
      onStart: () => this.started(runId),
      onReport: (r) => this.report(runId, r),
      onRestart: () => this.restarted(runId),
    });
    const run: ActiveRun = {
      runId,
      batch: null,
      recorded: nothingRecorded(),
      experimentId: summary.experimentId,
      sweepId: summary.sweepId,
      iterations: summary.iterations,
      handle,
      startedAt: null,
      done: handle.ended.then((end) => this.ended(run, end)),
    };
    this.active.set(runId, run);
  }

  /** Cancels a run of this process and waits until it has stopped; null if it is not queued or training here. */
  async cancel(runId: string): Promise<RunStatus | null> {
    const run = this.active.get(runId);
    if (!run) return null;
    run.handle.cancel();
    return run.done;
  }

  /**
   * Cancels many runs of this process at once (an experiment's). Those still waiting for a worker end in batches,
   * one transaction each, with a pause for other work between batches, so a service with thousands of queued runs
   * keeps answering; those training stop as a single cancel does. Resolves, with how many there were, once all have ended.
   */
  async cancelMany(runIds: readonly string[]): Promise<number> {
    const runs = runIds.map((id) => this.active.get(id)).filter((r) => r !== undefined);
    const waiting = runs.filter((r) => r.startedAt === null);
    const releases: (() => void)[] = [];
    for (const r of waiting) r.batch = new Promise<void>((resolve) => releases.push(resolve));
    for (const r of runs) if (r.startedAt !== null) r.handle.cancel();
    const finishedAt = new Date().toISOString();
    const touched = new Map<string, string | null>();
    for (let i = 0; i < waiting.length; i += CANCEL_BATCH) {
      const chunk = waiting.slice(i, i + CANCEL_BATCH);
      for (const r of chunk) r.handle.cancel();
      const failure = await this.retrying(() => this.store.endRuns(chunk.map((r) => r.runId), 'cancelled', null, finishedAt));
      if (failure) this.log(`could not mark ${chunk.length} cancelled runs: ${failure.message}`);
      for (const r of chunk) {
        touched.set(r.experimentId, r.sweepId);
        let summary: RunSummary | null = null;
        try {
          summary = this.store.runSummary(r.runId);
        } catch {
          // Reported above; the event still goes out from what is known.
        }
        if (summary) this.emit({ type: ENDED_EVENT[summary.status] ?? 'run.cancelled', runId: r.runId, experimentId: r.experimentId, status: summary.status, run: summary } as LabEvent);
      }
      for (const release of releases.slice(i, i + CANCEL_BATCH)) release();
      await yieldToEvents();
    }
    for (const [experimentId, sweepId] of touched) this.afterEnd(experimentId, sweepId);
    // A training run can finish before the cancel reaches it: only the runs that ended cancelled are counted.
    const ended = await Promise.all(runs.map((r) => r.done));
    return ended.filter((status) => status === 'cancelled').length;
  }

  /** Waits until the given runs (those still active here) have ended. */
  async settled(runIds?: readonly string[]): Promise<void> {
    const runs = runIds ? runIds.map((id) => this.active.get(id)).filter((r) => r !== undefined) : [...this.active.values()];
    await Promise.all(runs.map((r) => r.done));
  }

  /** Marks the queue as closing so that endings caused by the pool's shutdown are recorded as interruptions. */
  beginClose(): void {
    this.closing = true;
  }

  private emit(event: LabEvent): void {
    this.events.emit(event);
  }

  private started(runId: string): void {
    const run = this.active.get(runId);
    if (!run) return;
    run.startedAt = performance.now();
    const startedAt = new Date().toISOString();
    this.guard(runId, () => this.store.markRunning(runId, startedAt));
    this.emit({ type: 'run.started', runId, experimentId: run.experimentId, startedAt, iterations: run.iterations });
  }

  /** A remote attempt died and another began: what the first stored is dropped, so the run is stored once. */
  private restarted(runId: string): void {
    const run = this.active.get(runId);
    if (!run) return;
    this.guard(runId, () => this.store.resetRun(runId));
    run.recorded = nothingRecorded();
    run.startedAt = null;
    this.started(runId);
  }

  private report(runId: string, r: WorkerReport): void {
    const run = this.active.get(runId);
    if (!run) return;
    const experimentId = run.experimentId;
    if (r.type === 'progress') {
      const elapsedSeconds = run.startedAt === null ? 0 : (performance.now() - run.startedAt) / 1000;
      this.emit({ type: 'run.progress', runId, experimentId, ...r.progress, elapsedSeconds });
    } else if (r.type === 'costs') {
      run.recorded.costs += r.costs.length;
      try {
        this.store.appendCosts(runId, r.iterations, r.costs);
      } catch (e) {
        // Kept to be written with the result, which retries; the run is not `done` unless they are stored.
        run.recorded.unsavedCosts.push({ iterations: r.iterations, costs: r.costs });
        this.noteWriteError(run, e);
      }
      const points = Array.from(r.costs, (cost, i) => ({ iteration: r.iterations[i], cost }));
      this.emit({ type: 'run.costs', runId, experimentId, points });
    } else if (r.type === 'checkpoint') {
      run.recorded.checkpoints.add(r.checkpoint.iteration);
      try {
        this.store.putCheckpoint(runId, r.checkpoint);
        run.recorded.unsavedCheckpoints.delete(r.checkpoint.iteration);
      } catch (e) {
        run.recorded.unsavedCheckpoints.set(r.checkpoint.iteration, r.checkpoint);
        this.noteWriteError(run, e);
      }
      this.emit({ type: 'run.checkpoint', runId, experimentId, checkpoint: r.checkpoint });
    }
  }

  private guard(runId: string, write: () => void): void {
    try {
      write();
    } catch (e) {
      this.log(`could not store data of run ${runId}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private noteWriteError(run: ActiveRun, e: unknown): void {
    if (run.recorded.writeError !== null) return;
    run.recorded.writeError = e instanceof Error ? e.message : String(e);
    // Said once per service, not once per chunk: each run that ends unstored says why in its own status.
    if (this.writeErrorLogged) return;
    this.writeErrorLogged = true;
    this.log(`run ${run.runId}: ${run.recorded.writeError}; its data is kept in memory and written with its result, with retries`);
  }

  /** Runs a write, retrying transient failures (busy, full, I/O) after each pause in turn; resolves to the last error, or null once written. */
  private async retrying(write: () => void): Promise<Error | null> {
    for (let attempt = 0; ; attempt++) {
      try {
        write();
        return null;
      } catch (e) {
        if (!isTransient(e) || attempt >= this.retryMs.length) return e instanceof Error ? e : new Error(String(e));
        await sleep(this.retryMs[attempt]);
      }
    }
  }

  private scheduleUnrecorded(): void {
    if (this.unrecordedTimer || this.unrecorded.size === 0) return;
    this.unrecordedTimer = setTimeout(() => {
      this.unrecordedTimer = null;
      this.flushUnrecorded();
      this.scheduleUnrecorded();
    }, UNRECORDED_RETRY_MS);
    this.unrecordedTimer.unref();
  }

  /** Writes the endings the store refused before; those it still refuses stay for the next try. */
  flushUnrecorded(): void {
    for (const [runId, write] of this.unrecorded) {
      try {
        write();
        this.unrecorded.delete(runId);
      } catch {
        return;
      }
    }
  }

  /** Stops retrying refused endings (the service is closing; the next open marks those runs interrupted). */
  stopRetrying(): void {
    if (this.unrecordedTimer) clearTimeout(this.unrecordedTimer);
    this.unrecordedTimer = null;
    this.flushUnrecorded();
  }

  private async ended(run: ActiveRun, end: JobEnd): Promise<RunStatus> {
    if (run.batch) {
      // Written, announced and counted by cancelMany, with the rest of its batch.
      await run.batch;
      this.active.delete(run.runId);
      return 'cancelled';
    }
    const { runId, experimentId, recorded } = run;
    const finishedAt = new Date().toISOString();
    let status: RunStatus;
    let failure: Error | null;
    if (end.kind === 'done') {
      status = end.result.outcome;
      const { initialParams, finalParams } = end.result;
      failure = await this.retrying(() =>
        this.store.finishRun(runId, {
          ...end.result,
          status: end.result.outcome,
          finishedAt,
          pendingCosts: recorded.unsavedCosts,
          trailingCheckpoints: [...recorded.unsavedCheckpoints.values()],
          expect: { costs: recorded.costs, checkpoints: recorded.checkpoints.size, params: (initialParams ? 1 : 0) + (finalParams ? 1 : 0) },
        }),
      );
    } else if (end.kind === 'error') {
      status = 'failed';
      failure = await this.retrying(() => this.store.endRun(runId, 'failed', end.message, finishedAt));
    } else {
      status = this.closing ? 'interrupted' : 'cancelled';
      const why = this.closing ? 'the lab closed while the run was queued or training' : null;
      failure = await this.retrying(() => this.store.endRun(runId, this.closing ? 'interrupted' : 'cancelled', why, finishedAt));
    }
    let message: string | null = null;
    if (failure) {
      status = 'failed';
      message = `not stored: ${failure.message}`;
      const failedMessage = message;
      const again = await this.retrying(() => this.store.endRun(runId, 'failed', failedMessage, finishedAt));
      // If even that fails, it is tried again every few seconds while this service lives (a later open marks it interrupted otherwise).
      if (again) {
        this.unrecorded.set(runId, () => this.store.endRun(runId, 'failed', failedMessage, finishedAt));
        this.scheduleUnrecorded();
      }
    }
    this.active.delete(runId);
    let summary: RunSummary | null = null;
    try {
      summary = this.store.runSummary(runId);
    } catch (e) {
      this.log(e instanceof Error ? e.message : String(e));
    }
    // The event tells what happened even where the store could not record it.
    if (summary) this.emit({ type: ENDED_EVENT[status], runId, experimentId, status, run: message ? { ...summary, status, errorMessage: message } : summary });
    try {
      this.afterEnd(experimentId, run.sweepId);
    } catch (e) {
      this.log(e instanceof Error ? e.message : String(e));
    }
    return status;
  }

  private afterEnd(experimentId: string, sweepId: string | null): void {
    const exp = this.store.experimentSummary(experimentId);
    if (!exp) return;
    const finished = exp.runCount - exp.counts.queued - exp.counts.running;
    if (sweepId) this.emit({ type: 'sweep.progress', sweepId, finished, total: exp.runCount });
    if (exp.status === 'finished') this.emit({ type: 'experiment.done', experimentId, counts: exp.counts });
  }
}
