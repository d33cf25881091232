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
import { Maintenance, openDatabase } from './maintenance';
import { RunLifecycle } from './run-lifecycle';
import { RunRecords } from './runs';
import type { NewExperiment, NewRun, RunFinish, RunInclude, RunStoreOptions } from './store-types';
import { SweepRecords } from './sweeps';

export { processAlive } from './maintenance';
export type { NewExperiment, NewRun, RunFacts, RunFinish, RunInclude, RunStoreOptions } from './store-types';

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

  private constructor(db: Database.Database, path: string, pid: number) {
    this.db = db;
    this.path = path;
    this.pid = pid;
    this.runs = new RunRecords(db);
    this.lifecycle = new RunLifecycle(db, pid);
    this.experiments = new ExperimentRecords(db, pid);
    this.sweeps = new SweepRecords(db);
    this.bundles = new BundleRecords(db);
    this.maintenance = new Maintenance(db, pid);
  }

  /** Opens (creating and migrating as needed) a store. */
  static open(options: RunStoreOptions): RunStore {
    return new RunStore(openDatabase(options), options.path, options.pid ?? process.pid);
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

  /** Result of PRAGMA integrity_check ('ok' when sound). */
  integrityCheck(): string {
    return this.maintenance.integrityCheck();
  }

  /** Marks queued or running runs whose owning process is gone (or is this pid, when `includeOwn`) as interrupted; returns them. */
  markInterrupted(options: { isAlive?: (pid: number) => boolean; includeOwn?: boolean } = {}): RunSummary[] {
    return this.maintenance.markInterrupted(options).map((id) => this.runs.summary(id)!);
  }

  // ---- experiments ----

  /** Stores an experiment and its queued runs in one transaction. */
  createExperiment(exp: NewExperiment, runs: NewRun[]): void {
    this.experiments.create(exp, runs);
  }

  /** One experiment's summary, or null. */
  experimentSummary(id: string): ExperimentSummary | null {
    return this.experiments.summary(id);
  }

  /** An experiment's stored description (ExperimentConfig or sweep spec), or undefined. */
  experimentConfig(id: string): unknown {
    return this.experiments.config(id);
  }

  /** Experiments, newest first. */
  listExperiments(options: { kind?: ExperimentKind; limit: number }): ExperimentSummary[] {
    return this.experiments.list(options);
  }

  /** Renames, retags or annotates an experiment; returns false if it does not exist. */
  updateExperiment(id: string, patch: { name?: string; tags?: string[]; notes?: string }): boolean {
    return this.experiments.update(id, patch);
  }

  /** Deletes an experiment with all its runs; returns the number of runs deleted, or -1 if it does not exist. */
  deleteExperiment(id: string): number {
    return this.experiments.delete(id);
  }

  // ---- run lifecycle (written while runs train) ----

  /** Marks a queued run as training. */
  markRunning(id: string, startedAt: string): void {
    this.lifecycle.markRunning(id, startedAt);
  }

  /** Appends a chunk of recorded costs (one transaction). */
  appendCosts(id: string, iterations: ArrayLike<number>, costs: Float64Array): void {
    this.lifecycle.appendCosts(id, iterations, costs);
  }

  /** Stores a checkpoint (one transaction). */
  putCheckpoint(id: string, checkpoint: Checkpoint): void {
    this.lifecycle.putCheckpoint(id, checkpoint);
  }

  /** Writes how a run ended, its parameters and any trailing data, all in one transaction. */
  finishRun(id: string, fin: RunFinish): void {
    this.lifecycle.finish(id, fin);
  }

  /** Ends a run without a result (failed, cancelled before training, interrupted), keeping what it recorded. */
  endRun(id: string, status: 'failed' | 'cancelled' | 'interrupted', message: string | null, finishedAt: string): void {
    this.lifecycle.end(id, status, message, finishedAt);
  }

  /** Clears what a run recorded and queues it again under this process; returns false if it does not exist. */
  resetRun(id: string): boolean {
    return this.lifecycle.reset(id);
  }

  // ---- runs: reading and editing ----

  /** One run's summary, or null. */
  runSummary(id: string): RunSummary | null {
    return this.runs.summary(id);
  }

  /** One run's stored config, or undefined. Only validated configs are written (the service's doors, bundle import). */
  runConfig(id: string): RunConfig | undefined {
    return this.runs.config(id);
  }

  /** Everything stored about a run (the heavy parts as asked), or null. */
  runDetail(id: string, include: RunInclude = { costs: true, checkpoints: true, params: true }): RunDetail | null {
    return this.runs.detail(id, include);
  }

  /** Runs matching a query, and how many match in all. */
  listRuns(q: RunListQuery): { runs: RunSummary[]; total: number } {
    return this.runs.list(q);
  }

  /** Renames, retags or annotates a run; returns false if it does not exist. */
  updateRun(id: string, patch: { name?: string; tags?: string[]; notes?: string }): boolean {
    return this.runs.update(id, patch);
  }

  /** Deletes runs with all they recorded; returns how many existed. */
  deleteRuns(ids: string[]): number {
    return this.runs.delete(ids);
  }

  // ---- sweeps and experiment members ----

  /** The runs of an experiment (or the cells of a sweep) in creation order. */
  experimentRuns(id: string): RunSummary[] {
    return this.sweeps.runs(id);
  }

  /** Ids of the runs with one of the given statuses, in creation order. */
  runIdsWithStatus(statuses?: readonly RunStatus[], experimentId?: string): string[] {
    return this.sweeps.idsWithStatus(statuses, experimentId);
  }

  // ---- bundles ----

  /** Runs one function inside a single immediate transaction (import uses it so a bad bundle writes nothing). */
  transaction<T>(fn: () => T): T {
    return this.bundles.transaction(fn);
  }

  /** The raw connection, for the bundle reader and writer in this folder only. */
  get connection(): Database.Database {
    return this.db;
  }

  /** True if an experiment or run id is taken. */
  idTaken(id: string): boolean {
    return this.bundles.idTaken(id);
  }
}
