// The run store: experiments, runs and everything they record, in one SQLite database (WAL).
// Only the service writes it. Every write is one transaction, so a crash leaves whole chunks or nothing.
// This class is a façade: each concern lives in its own file (runs, run lifecycle, experiments, sweeps,
// bundles, maintenance) and works on the one connection opened here.
import type Database from 'better-sqlite3';
import type { RunConfig } from '../../shared/contract/config';
import type { RunListQuery } from '../../shared/contract/operations';
import type { ExperimentKind, ExperimentSummary, RunDetail, RunStatus, RunSummary } from '../../shared/contract/records';
import type { Checkpoint } from '../../shared/engine/types';
import { BundleRecords } from './bundles';
import { ExperimentRecords } from './experiments';
import type { StoreFaults } from './faults';
import { Maintenance, openDatabase, processStartTime, quickCheck, type LivenessProbe, type OpenedDatabase } from './maintenance';
import { IncompleteRunError, RunLifecycle, storedCounts } from './run-lifecycle';
import { corruptAdvice, isCorrupt, namedStorageError, storageCode, StorageError } from './storage-error';
import { RunRecords } from './runs';
import type { NewExperiment, NewRun, RecordedCounts, RunFinish, RunInclude, RunStoreOptions } from './store-types';
import { SweepRecords } from './sweeps';

export { processAlive } from './maintenance';
export type { NewExperiment, NewRun, RecordedCounts, RunFacts, RunFinish, RunInclude, RunStoreOptions } from './store-types';
export { StorageError } from './storage-error';

/** The lab's persistent store. */
export class RunStore {
  readonly path: string;
  readonly pid: number;
  private readonly db: Database.Database;
  private readonly runs: RunRecords;
  private readonly lifecycle: RunLifecycle;
  private readonly experiments: ExperimentRecords;
  private readonly sweeps: SweepRecords;
  private readonly bundles: BundleRecords;
  private readonly maintenance: Maintenance;

  private readonly faults: StoreFaults | undefined;
  /** This process's start time as the OS gives it, stored with its lease. */
  private readonly started: string | null;
  /** Why the store refuses writes (read-only at open, or damaged since), or null while it is writable. */
  private refusal: string | null;

  private constructor(opened: OpenedDatabase, options: RunStoreOptions) {
    const db = opened.db;
    this.db = db;
    this.path = options.path;
    const pid = options.pid ?? process.pid;
    this.pid = pid;
    this.faults = options.faults;
    this.started = processStartTime(pid);
    this.refusal = opened.readOnly === null ? null : `${options.path} ${opened.readOnly}`;
    this.runs = new RunRecords(db);
    this.lifecycle = new RunLifecycle(db, pid);
    this.experiments = new ExperimentRecords(db, pid);
    this.sweeps = new SweepRecords(db);
    this.bundles = new BundleRecords(db);
    this.maintenance = new Maintenance(db, pid);
  }

  /** Opens (creating and migrating as needed) a store. */
  static open(options: RunStoreOptions): RunStore {
    return new RunStore(openDatabase(options), options);
  }

  /** Why the store takes no writes (it opened read-only, or was found damaged), naming the file; null while writable. */
  get readOnly(): string | null {
    return this.refusal;
  }

  /** Runs one write: refused while read-only; an injected fault first; any failure rethrown naming the file (a damaged file stops all later writes). */
  private write<T>(what: string, fn: () => T): T {
    if (this.refusal !== null) throw new StorageError(this.path, this.refusal);
    try {
      this.faults?.beforeWrite?.(what);
      return fn();
    } catch (e) {
      throw this.failure(e, what);
    }
  }

  /** Runs one read; a failure is rethrown naming the file. */
  private read<T>(what: string, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      throw this.failure(e, what);
    }
  }

  private failure(e: unknown, what: string): Error {
    if (isCorrupt(e)) this.refusal = `${this.path} is damaged (${e instanceof Error ? e.message : String(e)}); ${corruptAdvice(this.path)}`;
    else if (storageCode(e)?.startsWith('SQLITE_IOERR')) {
      // An I/O error may have left a bad page behind: check before writing anything more.
      let verdict: string;
      try {
        verdict = quickCheck(this.db);
      } catch (err) {
        verdict = err instanceof Error ? err.message : String(err);
      }
      if (verdict !== 'ok') this.refusal = `${this.path} fails its integrity check after an I/O error (${verdict}); ${corruptAdvice(this.path)}`;
    }
    if (e instanceof IncompleteRunError) return new StorageError(this.path, `${this.path}: ${e.message}`, e);
    return namedStorageError(this.path, e, what);
  }

  // ---- maintenance ----

  /** The schema version of the open database. */
  get schemaVersion(): number {
    return this.maintenance.schemaVersion;
  }

  /** Closes the database (checkpointing the WAL). */
  close(): void {
    if (this.db.open) this.db.close();
  }

  /** True if another process's queued or running runs have a dead owner (a read: the caller then marks them). */
  hasDeadOwners(probe: LivenessProbe = {}): boolean {
    return this.read('check the owners of runs', () => this.maintenance.deadOwners(probe).length > 0);
  }

  /** Renews this process's lease on the runs it owns. */
  beat(): void {
    this.write('renew the lease on its runs', () => this.maintenance.beat(this.started));
  }

  /** Gives up this process's lease (on close). */
  releaseLease(): void {
    this.write('give up the lease on its runs', () => this.maintenance.release());
  }

  /** PRAGMA quick_check's verdict ('ok' when sound). */
  quickCheck(): string {
    return this.read('check the store', () => this.maintenance.quickCheck());
  }

  /** How much of a run is stored (cost points, checkpoints, parameter sets). */
  storedCounts(id: string): RecordedCounts {
    return this.read(`read run ${id}`, () => storedCounts(this.db, id));
  }

  /** Result of PRAGMA integrity_check ('ok' when sound). */
  integrityCheck(): string {
    return this.maintenance.integrityCheck();
  }

  /** Marks queued or running runs whose owning process is gone (or is this pid, when `includeOwn`) as interrupted; returns them. */
  markInterrupted(options: LivenessProbe & { includeOwn?: boolean } = {}): RunSummary[] {
    const ids = this.write('mark runs of stopped processes interrupted', () => this.maintenance.markInterrupted(options));
    return ids.map((id) => this.runSummary(id)!);
  }

  // ---- experiments ----

  /** Stores an experiment and its queued runs in one transaction. */
  createExperiment(exp: NewExperiment, runs: NewRun[]): void {
    this.write(`store experiment ${exp.id}`, () => this.experiments.create(exp, runs));
  }

  /** Adds queued runs to a stored experiment in one transaction. */
  addRuns(experimentId: string, runs: NewRun[]): void {
    this.write(`store runs of experiment ${experimentId}`, () => this.experiments.addRuns(runs));
  }

  /** One experiment's summary, or null. */
  experimentSummary(id: string): ExperimentSummary | null {
    return this.read(`read experiment ${id}`, () => this.experiments.summary(id));
  }

  /** An experiment's stored description (ExperimentConfig or sweep spec), or undefined. */
  experimentConfig(id: string): unknown {
    return this.read(`read experiment ${id}`, () => this.experiments.config(id));
  }

  /** Experiments, newest first. */
  listExperiments(options: { kind?: ExperimentKind; limit: number }): ExperimentSummary[] {
    return this.read(`list experiments`, () => this.experiments.list(options));
  }

  /** Renames, retags or annotates an experiment; returns false if it does not exist. */
  updateExperiment(id: string, patch: { name?: string; tags?: string[]; notes?: string }): boolean {
    return this.write(`update experiment ${id}`, () => this.experiments.update(id, patch));
  }

  /** Deletes up to `limit` runs of an experiment or sweep in one transaction; returns how many. */
  deleteSomeRuns(id: string, limit: number): number {
    return this.write(`delete runs of ${id}`, () => this.experiments.deleteSomeRuns(id, limit));
  }

  /** Deletes an experiment with all its runs; returns the number of runs deleted, or -1 if it does not exist. */
  deleteExperiment(id: string): number {
    return this.write(`delete experiment ${id}`, () => this.experiments.delete(id));
  }

  // ---- run lifecycle (written while runs train) ----

  /** Marks a queued run as training. */
  markRunning(id: string, startedAt: string): void {
    this.write(`mark run ${id} running`, () => this.lifecycle.markRunning(id, startedAt));
  }

  /** Appends a chunk of recorded costs (one transaction). */
  appendCosts(id: string, iterations: ArrayLike<number>, costs: Float64Array): void {
    this.write(`store costs of run ${id}`, () => this.lifecycle.appendCosts(id, iterations, costs));
  }

  /** Stores a checkpoint (one transaction). */
  putCheckpoint(id: string, checkpoint: Checkpoint): void {
    this.write(`store a checkpoint of run ${id}`, () => this.lifecycle.putCheckpoint(id, checkpoint));
  }

  /** Writes how a run ended, its parameters and any trailing data, all in one transaction. */
  finishRun(id: string, fin: RunFinish): void {
    this.write(`store the result of run ${id}`, () => this.lifecycle.finish(id, fin));
  }

  /** Ends a run without a result (failed, cancelled before training, interrupted), keeping what it recorded. */
  endRun(id: string, status: 'failed' | 'cancelled' | 'interrupted', message: string | null, finishedAt: string): void {
    this.write(`end run ${id}`, () => this.lifecycle.end(id, status, message, finishedAt));
  }

  /** Ends many runs the same way in one transaction. */
  endRuns(ids: readonly string[], status: 'failed' | 'cancelled' | 'interrupted', message: string | null, finishedAt: string): void {
    this.write(`end ${ids.length} runs`, () => this.lifecycle.endMany(ids, status, message, finishedAt));
  }

  /** Queues a run again under this process, its earlier result set aside until the new one is stored (restored if the rerun ends without one); false if it does not exist. */
  resetRun(id: string): boolean {
    return this.write(`queue run ${id} again`, () => this.lifecycle.reset(id));
  }

  // ---- runs: reading and editing ----

  /** One run's summary, or null. */
  runSummary(id: string): RunSummary | null {
    return this.read(`read run ${id}`, () => this.runs.summary(id));
  }

  /** One run's stored config, or undefined. Only validated configs are written (the service's doors, bundle import). */
  runConfig(id: string): RunConfig | undefined {
    return this.read(`read run ${id}`, () => this.runs.config(id));
  }

  /** Everything stored about a run (the heavy parts as asked), or null. */
  runDetail(id: string, include: RunInclude = { costs: true, checkpoints: true, params: true }): RunDetail | null {
    return this.read(`read run ${id}`, () => this.runs.detail(id, include));
  }

  /** Runs matching a query, and how many match in all. */
  listRuns(q: RunListQuery): { runs: RunSummary[]; total: number } {
    return this.read(`list runs`, () => this.runs.list(q));
  }

  /** Renames, retags or annotates a run; returns false if it does not exist. */
  updateRun(id: string, patch: { name?: string; tags?: string[]; notes?: string }): boolean {
    return this.write(`update run ${id}`, () => this.runs.update(id, patch));
  }

  /** Deletes runs with all they recorded; returns how many existed. */
  deleteRuns(ids: string[]): number {
    return this.write(`delete ${ids.length} run(s)`, () => this.runs.delete(ids));
  }

  // ---- sweeps and experiment members ----

  /** The runs of an experiment (or the cells of a sweep) in creation order. */
  experimentRuns(id: string): RunSummary[] {
    return this.read(`read the runs of ${id}`, () => this.sweeps.runs(id));
  }

  /** Ids of the runs with one of the given statuses, in creation order. */
  runIdsWithStatus(statuses?: readonly RunStatus[], experimentId?: string): string[] {
    return this.read(`list runs`, () => this.sweeps.idsWithStatus(statuses, experimentId));
  }

  // ---- bundles ----

  /** Runs one function inside a single immediate transaction (import uses it so a bad bundle writes nothing). */
  transaction<T>(fn: () => T): T {
    return this.write('import', () => this.bundles.transaction(fn));
  }

  /** The raw connection, for the bundle reader and writer in this folder only. */
  get connection(): Database.Database {
    return this.db;
  }

  /** True if an experiment or run id is taken. */
  idTaken(id: string): boolean {
    return this.read(`read ids`, () => this.bundles.idTaken(id));
  }
}
