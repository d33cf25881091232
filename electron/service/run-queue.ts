// The experiment queue: stored runs handed to the pool, their reports written to the store and sent as events.
import type { LabEvent } from '../../shared/contract/events';
import type { RunStatus } from '../../shared/contract/records';
import type { WorkerReport } from '../../shared/contract/worker-messages';
import type { JobRunner } from '../pool/job-runner';
import type { JobEnd, JobHandle } from '../pool/pool';
import type { RunStore } from '../store/run-store';
import type { EventHub } from './event-hub';

interface ActiveRun {
  runId: string;
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

/** Runs queued in this process, in order, on the job runner (the local pool, or the Redis queue). */
export class RunQueue {
  private readonly active = new Map<string, ActiveRun>();
  private closing = false;

  constructor(
    private readonly store: RunStore,
    private readonly runner: () => JobRunner,
    private readonly events: EventHub,
    private readonly log: (message: string) => void,
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
  enqueue(runId: string): void {
    if (this.closing || this.active.has(runId)) return;
    const summary = this.store.runSummary(runId);
    if (!summary) return;
    const config = this.store.runConfig(runId);
    if (!config) return;
    this.emit({ type: 'run.queued', runId, experimentId: summary.experimentId });
    const handle = this.runner().submit(runId, config, {
      onStart: () => this.started(runId),
      onReport: (r) => this.report(runId, r),
      onRestart: () => this.restarted(runId),
    });
    const run: ActiveRun = {
      runId,
      experimentId: summary.experimentId,
      sweepId: summary.sweep?.sweepId ?? null,
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
      this.guard(runId, () => this.store.appendCosts(runId, r.iterations, r.costs));
      const points = Array.from(r.costs, (cost, i) => ({ iteration: r.iterations[i], cost }));
      this.emit({ type: 'run.costs', runId, experimentId, points });
    } else if (r.type === 'checkpoint') {
      this.guard(runId, () => this.store.putCheckpoint(runId, r.checkpoint));
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

  private ended(run: ActiveRun, end: JobEnd): RunStatus {
    const { runId, experimentId } = run;
    const finishedAt = new Date().toISOString();
    let status: RunStatus;
    try {
      if (end.kind === 'done') {
        status = end.result.outcome;
        this.store.finishRun(runId, { ...end.result, status, finishedAt });
      } else if (end.kind === 'error') {
        status = 'failed';
        this.store.endRun(runId, 'failed', end.message, finishedAt);
      } else {
        status = this.closing ? 'interrupted' : 'cancelled';
        this.store.endRun(runId, status, this.closing ? 'the lab closed while the run was queued or training' : null, finishedAt);
      }
    } catch (e) {
      status = 'failed';
      const message = `could not store the run's result: ${e instanceof Error ? e.message : String(e)}`;
      this.log(message);
      try {
        this.store.endRun(runId, 'failed', message, finishedAt);
      } catch {
        // The store is unusable (closed, disk full); the run stays as it was and is marked interrupted on next open.
      }
    }
    this.active.delete(runId);
    const summary = this.store.runSummary(runId);
    if (summary) this.emit({ type: ENDED_EVENT[status], runId, experimentId, status, run: summary });
    this.afterEnd(experimentId, run.sweepId);
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
