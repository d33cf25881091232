// The run store: experiments, runs and everything they record, in one SQLite database (WAL).
// Only the service writes it. Every write is one transaction, so a crash leaves whole chunks or nothing.
import { dataShape } from '../../shared/contract/data-sets';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RunListQuery } from '../../shared/contract/operations';
import type {
  ExperimentKind,
  ExperimentSummary,
  RunDetail,
  RunStatus,
  RunSummary,
  StatusCounts,
  SweepCell,
} from '../../shared/contract/records';
import { RUN_STATUSES } from '../../shared/contract/records';
import type { Checkpoint, CostPoint, Params } from '../../shared/engine/types';
import { migrate, SCHEMA_VERSION } from './migrations';
import { EXPERIMENT_COLUMNS, RUN_COLUMNS, splitTags, toRunSummary, type ExperimentRow, type RunRow } from './rows';
import { runFilter, runOrder } from './run-query';
import { readCheckpoints, readCosts, readParams, writeCheckpoint, writeCosts, writeParams } from './run-data';

/** How to open a store. */
export interface RunStoreOptions {
  /** The database file; its directory is created if missing. ':memory:' works for tests. */
  path: string;
  /** The pid recorded as owner of the runs this process queues (default process.pid). */
  pid?: number;
  /** Apply migrations up to this version only (tests of older schemas). */
  schemaVersion?: number;
  /** A better-sqlite3 native binding built for another ABI (the desktop app under Electron). */
  nativeBinding?: string;
}

/** What describes a run for listing and filtering, taken from its config by the service. */
export interface RunFacts {
  dataset: string;
  init: string;
  initName: string;
  initSeed: number;
  dataSeed: number | null;
  iterations: number;
}

/** A new experiment. */
export interface NewExperiment {
  id: string;
  name: string;
  kind: ExperimentKind;
  config: unknown;
  createdAt: string;
  tags: string[];
  notes?: string;
}

/** A new run, stored as queued. */
export interface NewRun {
  id: string;
  experimentId: string;
  name: string;
  arm: string;
  config: unknown;
  facts: RunFacts;
  engineVersion: string;
  createdAt: string;
  tags: string[];
  sweep: SweepCell | null;
}

/** How a trained run ended, written in one transaction with its parameters and any costs not yet stored. */
export interface RunFinish {
  status: 'done' | 'diverged' | 'cancelled';
  finishedAt: string;
  iterationsRun: number;
  costEvery: number;
  trainAccuracy: number;
  testAccuracy: number;
  finalCost: number;
  divergedAt: number | null;
  firstNonFiniteIteration: number | null;
  trainSeconds: number;
  initialParams: Params | null;
  finalParams: Params | null;
  /** Costs recorded after the last chunk that was written. */
  trailingCosts?: { iterations: ArrayLike<number>; costs: Float64Array };
  /** Checkpoints not yet written. */
  trailingCheckpoints?: Checkpoint[];
}

/** The class names of a stored config's data (two classes where the config names none). */
function classesOf(config: unknown): string[] {
  const data = (config as { data?: unknown } | null)?.data;
  return data && typeof data === 'object' && 'kind' in data ? dataShape(data as { kind: string }).classes : ['0', '1'];
}

/** Parts of runs.get to include. */
export interface RunInclude {
  costs: boolean;
  checkpoints: boolean;
  params: boolean;
}

const ACTIVE: readonly RunStatus[] = ['queued', 'running'];

/** True if a process with that pid exists (EPERM: it exists but belongs to someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function emptyCounts(): StatusCounts {
  return Object.fromEntries(RUN_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** The lab's persistent store. */
export class RunStore {
  readonly path: string;
  readonly pid: number;
  private readonly db: Database.Database;

  private constructor(db: Database.Database, path: string, pid: number) {
    this.db = db;
    this.path = path;
    this.pid = pid;
  }

  /** Opens (creating and migrating as needed) a store. */
  static open(options: RunStoreOptions): RunStore {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    const db = new Database(options.path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    try {
      db.pragma('journal_mode = WAL');
      // NORMAL under WAL never corrupts on an application crash; it may lose the last commits on power loss.
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      migrate(db, options.schemaVersion ?? SCHEMA_VERSION);
    } catch (e) {
      db.close();
      throw e;
    }
    return new RunStore(db, options.path, options.pid ?? process.pid);
  }

  /** The schema version of the open database. */
  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  /** Closes the database (checkpointing the WAL). */
  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Result of PRAGMA integrity_check ('ok' when sound). */
  integrityCheck(): string {
    return (this.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  }

  /** Marks queued or running runs whose owning process is gone (or is this pid, when `includeOwn`) as interrupted; returns them. */
  markInterrupted(options: { isAlive?: (pid: number) => boolean; includeOwn?: boolean } = {}): RunSummary[] {
    const isAlive = options.isAlive ?? processAlive;
    const now = new Date().toISOString();
    const tx = this.db.transaction(() => {
      const rows = this.db.prepare(`SELECT id, owner_pid FROM runs WHERE status IN ('queued','running') ORDER BY rowid`).all() as { id: string; owner_pid: number | null }[];
      const stale = rows.filter((r) =>
        r.owner_pid === null ? true : r.owner_pid === this.pid ? (options.includeOwn ?? false) : !isAlive(r.owner_pid),
      );
      const mark = this.db.prepare(
        `UPDATE runs SET status = 'interrupted', finished_at = ?, owner_pid = NULL,
           error_message = CASE status WHEN 'running' THEN 'the process stopped while the run was training' ELSE 'the process stopped before the run started' END
         WHERE id = ? AND status IN ('queued','running')`,
      );
      for (const r of stale) mark.run(now, r.id);
      return stale.map((r) => r.id);
    });
    return tx.immediate().map((id) => this.runSummary(id)!);
  }

  // ---- experiments ----

  /** Stores an experiment and its queued runs in one transaction. */
  createExperiment(exp: NewExperiment, runs: NewRun[]): void {
    const insertExp = this.db.prepare(`INSERT INTO experiments (id, name, kind, config, created_at, notes) VALUES (?, ?, ?, ?, ?, ?)`);
    const tx = this.db.transaction(() => {
      insertExp.run(exp.id, exp.name, exp.kind, JSON.stringify(exp.config), exp.createdAt, exp.notes ?? '');
      this.setExperimentTags(exp.id, exp.tags);
      for (const r of runs) this.insertQueuedRun(r);
    });
    tx.immediate();
  }

  private insertQueuedRun(r: NewRun): void {
    this.db
      .prepare(
        `INSERT INTO runs (id, experiment_id, name, arm, status, config, dataset, init, init_name, init_seed, data_seed, iterations,
           engine_version, owner_pid, created_at, sweep_id, sweep_scale, sweep_seed)
         VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        r.id,
        r.experimentId,
        r.name,
        r.arm,
        JSON.stringify(r.config),
        r.facts.dataset,
        r.facts.init,
        r.facts.initName,
        r.facts.initSeed,
        r.facts.dataSeed,
        r.facts.iterations,
        r.engineVersion,
        this.pid,
        r.createdAt,
        r.sweep?.sweepId ?? null,
        r.sweep?.scale ?? null,
        r.sweep?.seed ?? null,
      );
    this.setRunTags(r.id, r.tags);
  }

  private setExperimentTags(id: string, tags: string[]): void {
    this.db.prepare(`DELETE FROM experiment_tags WHERE experiment_id = ?`).run(id);
    const ins = this.db.prepare(`INSERT OR IGNORE INTO experiment_tags (experiment_id, tag) VALUES (?, ?)`);
    for (const t of tags) ins.run(id, t);
  }

  private setRunTags(id: string, tags: string[]): void {
    this.db.prepare(`DELETE FROM run_tags WHERE run_id = ?`).run(id);
    const ins = this.db.prepare(`INSERT OR IGNORE INTO run_tags (run_id, tag) VALUES (?, ?)`);
    for (const t of tags) ins.run(id, t);
  }

  private experimentRow(id: string): ExperimentRow | undefined {
    return this.db.prepare(`SELECT ${EXPERIMENT_COLUMNS} FROM experiments e WHERE e.id = ?`).get(id) as ExperimentRow | undefined;
  }

  private toExperimentSummary(row: ExperimentRow): ExperimentSummary {
    const counts = emptyCounts();
    const rows = this.db.prepare(`SELECT status, count(*) AS n FROM runs WHERE experiment_id = ? GROUP BY status`).all(row.id) as { status: RunStatus; n: number }[];
    for (const r of rows) counts[r.status] = r.n;
    const runCount = rows.reduce((n, r) => n + r.n, 0);
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      createdAt: row.created_at,
      status: counts.queued + counts.running > 0 ? 'running' : 'finished',
      counts,
      runCount,
      tags: splitTags(row.tags),
      notes: row.notes,
    };
  }

  /** One experiment's summary, or null. */
  experimentSummary(id: string): ExperimentSummary | null {
    const row = this.experimentRow(id);
    return row ? this.toExperimentSummary(row) : null;
  }

  /** An experiment's stored description (ExperimentConfig or sweep spec), or undefined. */
  experimentConfig(id: string): unknown {
    const row = this.experimentRow(id);
    return row ? JSON.parse(row.config) : undefined;
  }

  /** Experiments, newest first. */
  listExperiments(options: { kind?: ExperimentKind; limit: number }): ExperimentSummary[] {
    const rows = (
      options.kind
        ? this.db.prepare(`SELECT ${EXPERIMENT_COLUMNS} FROM experiments e WHERE e.kind = ? ORDER BY e.created_at DESC, e.rowid DESC LIMIT ?`).all(options.kind, options.limit)
        : this.db.prepare(`SELECT ${EXPERIMENT_COLUMNS} FROM experiments e ORDER BY e.created_at DESC, e.rowid DESC LIMIT ?`).all(options.limit)
    ) as ExperimentRow[];
    return rows.map((r) => this.toExperimentSummary(r));
  }

  /** Renames, retags or annotates an experiment; returns false if it does not exist. */
  updateExperiment(id: string, patch: { name?: string; tags?: string[]; notes?: string }): boolean {
    const tx = this.db.transaction(() => {
      if (!this.experimentRow(id)) return false;
      if (patch.name !== undefined) this.db.prepare(`UPDATE experiments SET name = ? WHERE id = ?`).run(patch.name, id);
      if (patch.notes !== undefined) this.db.prepare(`UPDATE experiments SET notes = ? WHERE id = ?`).run(patch.notes, id);
      if (patch.tags !== undefined) this.setExperimentTags(id, patch.tags);
      return true;
    });
    return tx.immediate();
  }

  /** Deletes an experiment with all its runs; returns the number of runs deleted, or -1 if it does not exist. */
  deleteExperiment(id: string): number {
    const tx = this.db.transaction(() => {
      if (!this.experimentRow(id)) return -1;
      const n = (this.db.prepare(`SELECT count(*) AS n FROM runs WHERE experiment_id = ? OR sweep_id = ?`).get(id, id) as { n: number }).n;
      this.db.prepare(`DELETE FROM runs WHERE experiment_id = ? OR sweep_id = ?`).run(id, id);
      this.db.prepare(`DELETE FROM experiments WHERE id = ?`).run(id);
      return n;
    });
    return tx.immediate();
  }

  // ---- run lifecycle (written while runs train) ----

  /** Marks a queued run as training. */
  markRunning(id: string, startedAt: string): void {
    this.db.prepare(`UPDATE runs SET status = 'running', started_at = ?, owner_pid = ? WHERE id = ?`).run(startedAt, this.pid, id);
  }

  /** Appends a chunk of recorded costs (one transaction). */
  appendCosts(id: string, iterations: ArrayLike<number>, costs: Float64Array): void {
    if (costs.length === 0) return;
    writeCosts(this.db, id, iterations, costs);
  }

  /** Stores a checkpoint (one transaction). */
  putCheckpoint(id: string, checkpoint: Checkpoint): void {
    writeCheckpoint(this.db, id, checkpoint);
  }

  /** Writes how a run ended, its parameters and any trailing data, all in one transaction. */
  finishRun(id: string, fin: RunFinish): void {
    const tx = this.db.transaction(() => {
      if (fin.trailingCosts && fin.trailingCosts.costs.length > 0) writeCosts(this.db, id, fin.trailingCosts.iterations, fin.trailingCosts.costs);
      for (const c of fin.trailingCheckpoints ?? []) writeCheckpoint(this.db, id, c);
      if (fin.initialParams) writeParams(this.db, id, 'initial', fin.initialParams);
      if (fin.finalParams) writeParams(this.db, id, 'final', fin.finalParams);
      this.db
        .prepare(
          `UPDATE runs SET status = ?, finished_at = ?, iterations_run = ?, cost_every = ?, train_accuracy = ?, test_accuracy = ?,
             final_cost = ?, diverged_at = ?, first_non_finite = ?, train_seconds = ?, error_message = NULL, owner_pid = NULL
           WHERE id = ?`,
        )
        .run(
          fin.status,
          fin.finishedAt,
          fin.iterationsRun,
          fin.costEvery,
          fin.trainAccuracy,
          fin.testAccuracy,
          fin.finalCost,
          fin.divergedAt,
          fin.firstNonFiniteIteration,
          fin.trainSeconds,
          id,
        );
    });
    tx.immediate();
  }

  /** Ends a run without a result (failed, cancelled before training, interrupted), keeping what it recorded. */
  endRun(id: string, status: 'failed' | 'cancelled' | 'interrupted', message: string | null, finishedAt: string): void {
    this.db.prepare(`UPDATE runs SET status = ?, error_message = ?, finished_at = ?, owner_pid = NULL WHERE id = ?`).run(status, message, finishedAt, id);
  }

  /** Clears what a run recorded and queues it again under this process; returns false if it does not exist. */
  resetRun(id: string): boolean {
    const tx = this.db.transaction(() => {
      const exists = this.db.prepare(`SELECT 1 FROM runs WHERE id = ?`).get(id);
      if (!exists) return false;
      for (const table of ['cost_chunks', 'checkpoints', 'params']) this.db.prepare(`DELETE FROM ${table} WHERE run_id = ?`).run(id);
      this.db
        .prepare(
          `UPDATE runs SET status = 'queued', owner_pid = ?, started_at = NULL, finished_at = NULL, iterations_run = NULL, cost_every = NULL,
             train_accuracy = NULL, test_accuracy = NULL, final_cost = NULL, diverged_at = NULL, first_non_finite = NULL,
             train_seconds = NULL, error_message = NULL
           WHERE id = ?`,
        )
        .run(this.pid, id);
      return true;
    });
    return tx.immediate();
  }

  // ---- runs: reading and editing ----

  private runRow(id: string): RunRow | undefined {
    return this.db.prepare(`SELECT ${RUN_COLUMNS} FROM runs r WHERE r.id = ?`).get(id) as RunRow | undefined;
  }

  /** One run's summary, or null. */
  runSummary(id: string): RunSummary | null {
    const row = this.runRow(id);
    return row ? toRunSummary(row) : null;
  }

  /** One run's stored config, or undefined. */
  runConfig(id: string): unknown {
    const row = this.db.prepare(`SELECT config FROM runs WHERE id = ?`).get(id) as { config: string } | undefined;
    return row ? JSON.parse(row.config) : undefined;
  }

  /** Everything stored about a run (the heavy parts as asked), or null. */
  runDetail(id: string, include: RunInclude = { costs: true, checkpoints: true, params: true }): RunDetail | null {
    const row = this.runRow(id);
    if (!row) return null;
    const series = include.costs ? readCosts(this.db, id) : null;
    const costs: CostPoint[] = [];
    if (series) for (let i = 0; i < series.costs.length; i++) costs.push({ iteration: series.iterations[i], cost: series.costs[i] });
    const config: unknown = JSON.parse(row.config);
    return {
      ...toRunSummary(row),
      config,
      classes: classesOf(config),
      costs,
      checkpoints: include.checkpoints ? readCheckpoints(this.db, id) : [],
      initialParams: include.params ? readParams(this.db, id, 'initial') : null,
      finalParams: include.params ? readParams(this.db, id, 'final') : null,
    };
  }

  /** Runs matching a query, and how many match in all. */
  listRuns(q: RunListQuery): { runs: RunSummary[]; total: number } {
    const { where, params } = runFilter(q);
    const total = (this.db.prepare(`SELECT count(*) AS n FROM runs r ${where}`).get(...params) as { n: number }).n;
    const rows = this.db.prepare(`SELECT ${RUN_COLUMNS} FROM runs r ${where} ${runOrder(q)} LIMIT ? OFFSET ?`).all(...params, q.limit, q.offset) as RunRow[];
    return { runs: rows.map(toRunSummary), total };
  }

  /** The runs of an experiment (or the cells of a sweep) in creation order. */
  experimentRuns(id: string): RunSummary[] {
    const rows = this.db.prepare(`SELECT ${RUN_COLUMNS} FROM runs r WHERE r.experiment_id = ? ORDER BY r.rowid`).all(id) as RunRow[];
    return rows.map(toRunSummary);
  }

  /** Ids of the runs with one of the given statuses, in creation order. */
  runIdsWithStatus(statuses: readonly RunStatus[] = ACTIVE, experimentId?: string): string[] {
    const marks = statuses.map(() => '?').join(',');
    const sql = `SELECT id FROM runs WHERE status IN (${marks})${experimentId ? ' AND experiment_id = ?' : ''} ORDER BY rowid`;
    const args: unknown[] = [...statuses];
    if (experimentId) args.push(experimentId);
    return (this.db.prepare(sql).all(...args) as { id: string }[]).map((r) => r.id);
  }

  /** Renames, retags or annotates a run; returns false if it does not exist. */
  updateRun(id: string, patch: { name?: string; tags?: string[]; notes?: string }): boolean {
    const tx = this.db.transaction(() => {
      if (!this.runRow(id)) return false;
      if (patch.name !== undefined) this.db.prepare(`UPDATE runs SET name = ? WHERE id = ?`).run(patch.name, id);
      if (patch.notes !== undefined) this.db.prepare(`UPDATE runs SET notes = ? WHERE id = ?`).run(patch.notes, id);
      if (patch.tags !== undefined) this.setRunTags(id, patch.tags);
      return true;
    });
    return tx.immediate();
  }

  /** Deletes runs with all they recorded; returns how many existed. */
  deleteRuns(ids: string[]): number {
    const del = this.db.prepare(`DELETE FROM runs WHERE id = ?`);
    const tx = this.db.transaction(() => ids.reduce((n, id) => n + del.run(id).changes, 0));
    return tx.immediate();
  }

  /** Runs one function inside a single immediate transaction (import uses it so a bad bundle writes nothing). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /** The raw connection, for the bundle reader and writer in this folder only. */
  get connection(): Database.Database {
    return this.db;
  }

  /** True if an experiment or run id is taken. */
  idTaken(id: string): boolean {
    return !!(this.db.prepare(`SELECT 1 FROM experiments WHERE id = ? UNION ALL SELECT 1 FROM runs WHERE id = ?`).get(id, id));
  }
}
