// The lab service: the one back end behind the desktop window, browser mode and the CLI.
// It owns the store, the experiment queue and the worker pool; every operation validates its input
// and answers a Result; events go to every subscriber.
import pkg from '../../package.json';
import { fail, LabFailure, ok, toLabError, type Result } from '../../shared/contract/errors';
import type { LabEventListener } from '../../shared/contract/events';
import { createLabApi, OPERATIONS, parseOperationInput, type LabApi, type OperationName, type OpInput, type OpOutput } from '../../shared/contract/operations';
import type { RunSummary } from '../../shared/contract/records';
import type { JobRunner } from '../pool/job-runner';
import { defaultPoolSize, poolSizeFromEnv, WorkerPool } from '../pool/pool';
import { parseRedisUrl, type RedisTarget } from '../queue/redis-url';
import { RemoteRunner } from '../queue/remote-runner';
import { resolveWorkerEntry, type WorkerEntry } from '../pool/worker-entry';
import { databasePath, resolveDataDir } from '../store/data-dir';
import type { StoreFaults } from '../store/faults';
import { RunStore } from '../store/run-store';
import type { Handler, ServiceContext } from './context';
import { EventHub } from './event-hub';
import { experimentOps } from './ops/experiments';
import { exportOps } from './ops/exports';
import { runOps } from './ops/runs';
import { sweepOps } from './ops/sweeps';
import { systemOps } from './ops/system';
import { dataOps } from './ops/data';
import { RunQueue } from './run-queue';

/** How to build a service. Every field has a default. */
export interface LabServiceOptions {
  /** The data directory (default: resolveDataDir() — INIT_LAB_DATA, XDG, ~/.local/share/init-lab). */
  dataDir?: string;
  /** The database file (default: init-lab.sqlite in the data directory). */
  databasePath?: string;
  /** Worker threads (default: cores − 1, at least 1). */
  poolSize?: number;
  /** The training worker (default: the bundled worker if given by the door, else the TypeScript source under tsx). */
  worker?: WorkerEntry;
  /** better-sqlite3 native binding built for Electron's ABI. */
  nativeBinding?: string;
  /** Injected storage failures (fault-injection tests only). */
  storeFaults?: StoreFaults;
  /** How long a write waits for another connection's lock (default 5000 ms). */
  busyTimeoutMs?: number;
  /** Pauses before each retry of a failed result write (default 50, 200, 800, 2000 ms). */
  writeRetryMs?: readonly number[];
  /** Milliseconds between looks for runs of dead processes, and between lease renewals while this one owns runs (default 2000). */
  staleSweepMs?: number;
  /** Minimum milliseconds between a run's progress reports (default 50: at most 20 a second). */
  progressIntervalMs?: number;
  /** How long a cancelled run may take before its worker is ended (default 750 ms). */
  cancelGraceMs?: number;
  /** Where the service reports problems it cannot return to a caller (default: stderr). */
  log?: (message: string) => void;
  /**
   * A Redis URL (redis://[:password@]host:port, rediss:// for TLS): runs go to the queue as jobs for
   * `init-lab worker` processes instead of to local worker threads. Absent: the local pool, and Redis is never loaded.
   */
  redis?: string | RedisTarget;
}

const HANDLERS: { [N in OperationName]: Handler<N> } = { ...experimentOps, ...runOps, ...exportOps, ...sweepOps, ...systemOps, ...dataOps };

/** The job runner, created when the first run is queued (listing runs from the CLI starts no threads and no connection). */
class LazyRunner {
  private runner: JobRunner | null = null;
  constructor(private readonly make: () => JobRunner) {}
  get(): JobRunner {
    this.runner ??= this.make();
    return this.runner;
  }
  async close(): Promise<void> {
    await this.runner?.close();
  }
}

/** The back end. Construct with LabService.open(); close() when done. */
export class LabService {
  /** Typed methods, one per operation (`service.api['runs.list']({})`). */
  readonly api: LabApi;
  /** Runs found queued or running for a process that no longer exists, marked interrupted at open. */
  readonly interruptedAtOpen: RunSummary[];
  private closed = false;
  private readonly sweepTimer: NodeJS.Timeout;
  private sweepFailed = false;

  private constructor(
    private readonly ctx: ServiceContext,
    private readonly runner: LazyRunner,
    private readonly log: (message: string) => void,
    sweepMs: number,
  ) {
    // A read-only store is left as it is: marking runs would be a write.
    this.interruptedAtOpen = ctx.store.readOnly === null ? ctx.store.markInterrupted() : [];
    this.api = createLabApi((name, input) => this.invoke(name, input));
    this.sweepTimer = setInterval(() => this.sweepStale(), sweepMs);
    this.sweepTimer.unref();
  }

  /** Renews this process's lease while it owns runs, and marks runs of processes that died since (another CLI or app on the same data) interrupted. */
  private sweepStale(): void {
    const { store, queue, events } = this.ctx;
    if (this.closed || store.readOnly !== null) return;
    try {
      if (queue.size > 0) store.beat();
      if (!store.hasDeadOwners()) return;
      const runs = store.markInterrupted();
      // A run that was being rerun has its earlier result back, so it is only a store change.
      for (const run of runs) if (run.status === 'interrupted') events.emit({ type: 'run.interrupted', runId: run.id, experimentId: run.experimentId, status: 'interrupted', run });
      if (runs.length > 0) events.emit({ type: 'store.changed', experimentIds: [...new Set(runs.map((r) => r.experimentId))], runIds: runs.map((r) => r.id) });
      this.sweepFailed = false;
    } catch (e) {
      // Said once until a sweep succeeds again: the next tick retries.
      if (!this.sweepFailed) this.log(`could not check for runs of stopped processes: ${e instanceof Error ? e.message : String(e)}`);
      this.sweepFailed = true;
    }
  }

  /** Opens the store (migrating it, marking runs of dead processes interrupted); workers start on first use. */
  static open(options: LabServiceOptions = {}): LabService {
    const dataDir = options.dataDir ?? resolveDataDir();
    const store = RunStore.open({
      path: options.databasePath ?? databasePath(dataDir),
      nativeBinding: options.nativeBinding,
      faults: options.storeFaults,
      busyTimeoutMs: options.busyTimeoutMs,
    });
    const poolSize = Math.max(1, Math.floor(options.poolSize ?? poolSizeFromEnv() ?? defaultPoolSize()));
    const log = options.log ?? ((m: string) => void process.stderr.write(`init-lab: ${m}\n`));
    const engineVersion = pkg.version;
    const redis = typeof options.redis === 'string' ? parseRedisUrl(options.redis) : options.redis;
    const runner = new LazyRunner(() =>
      redis
        ? new RemoteRunner({ target: redis, engineVersion, log })
        : new WorkerPool({
            worker: options.worker ?? resolveWorkerEntry(),
            size: poolSize,
            progressIntervalMs: options.progressIntervalMs,
            cancelGraceMs: options.cancelGraceMs,
          }),
    );
    const events = new EventHub();
    const queue = new RunQueue(store, () => runner.get(), events, log, options.writeRetryMs);
    const ctx: ServiceContext = { store, queue, events, appVersion: pkg.version, engineVersion, dataDir, poolSize, redis: redis?.display ?? null, starting: new Map() };
    return new LabService(ctx, runner, log, options.staleSweepMs ?? 2000);
  }

  /** Runs an operation on an unvalidated payload (what the doors call); never throws. */
  async invoke(name: OperationName | string, input: unknown): Promise<Result<unknown>> {
    if (this.closed) return fail('unavailable', 'the lab service is closed');
    const parsed = parseOperationInput(name, input);
    if (!parsed.ok) return parsed;
    const readOnly = this.ctx.store.readOnly;
    if (readOnly !== null && !OPERATIONS[name as OperationName].readOnly) return fail('unavailable', readOnly);
    try {
      const handler = HANDLERS[name as OperationName] as (ctx: ServiceContext, input: unknown) => unknown;
      return ok(await handler(this.ctx, parsed.value));
    } catch (e) {
      if (!(e instanceof LabFailure)) this.log(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return { ok: false, error: toLabError(e) };
    }
  }

  /** The typed form of invoke. */
  call<N extends OperationName>(name: N, input: OpInput<N>): Promise<Result<OpOutput<N>>> {
    return this.invoke(name, input) as Promise<Result<OpOutput<N>>>;
  }

  /** Listens to every event; returns the unsubscribe function. */
  subscribe(listener: LabEventListener): () => void {
    return this.ctx.events.subscribe(listener);
  }

  /** Waits until the given runs (default: all runs of this process) have ended. */
  settled(runIds?: readonly string[]): Promise<void> {
    return this.ctx.queue.settled(runIds);
  }

  /** Connects to the Redis queue when the service uses one, so a bad URL or an unreachable server is said at once; rejects with one line. */
  async connect(): Promise<void> {
    const runner = this.ctx.redis === null ? null : this.runner.get();
    if (runner instanceof RemoteRunner) await runner.ready();
  }

  /** The database path, data directory and pool size in use, and why the store is read-only (null when writable). */
  get facts(): { dataDir: string; databasePath: string; poolSize: number; readOnly: string | null } {
    return { dataDir: this.ctx.dataDir, databasePath: this.ctx.store.path, poolSize: this.ctx.poolSize, readOnly: this.ctx.store.readOnly };
  }

  /** Stops the workers (runs still queued or training become interrupted) and closes the store. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.sweepTimer);
    this.ctx.queue.beginClose();
    const pending = this.ctx.queue.settled();
    await this.runner.close();
    await pending;
    this.ctx.queue.stopRetrying();
    if (this.ctx.store.readOnly === null) {
      try {
        this.ctx.store.releaseLease();
      } catch {
        // The lease then lapses on its own.
      }
    }
    this.ctx.store.close();
  }
}
