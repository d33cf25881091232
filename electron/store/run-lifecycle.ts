// A run's life in the store while it trains: queued, running, its chunks of data, how it ended, reset for a rerun.
import type Database from 'better-sqlite3';
import type { Checkpoint } from '../../shared/engine/types';
import { writeCheckpoint, writeCosts, writeParams } from './run-data';
import type { NewRun, RunFinish } from './store-types';
import { setRunTags } from './tags';

/** Inserts a queued run owned by `pid` (inside the caller's transaction). */
export function insertQueuedRun(db: Database.Database, r: NewRun, pid: number): void {
  db.prepare(
    `INSERT INTO runs (id, experiment_id, name, arm, status, config, dataset, init, init_name, init_seed, data_seed, iterations,
       engine_version, owner_pid, created_at, sweep_id, sweep_scale, sweep_seed)
     VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
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
    pid,
    r.createdAt,
    r.sweep?.sweepId ?? null,
    r.sweep?.scale ?? null,
    r.sweep?.seed ?? null,
  );
  setRunTags(db, r.id, r.tags);
}

/** The writes of a run's life, as the queue makes them. */
export class RunLifecycle {
  constructor(
    private readonly db: Database.Database,
    private readonly pid: number,
  ) {}

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
  finish(id: string, fin: RunFinish): void {
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
  end(id: string, status: 'failed' | 'cancelled' | 'interrupted', message: string | null, finishedAt: string): void {
    this.db.prepare(`UPDATE runs SET status = ?, error_message = ?, finished_at = ?, owner_pid = NULL WHERE id = ?`).run(status, message, finishedAt, id);
  }

  /** Clears what a run recorded and queues it again under this process; returns false if it does not exist. */
  reset(id: string): boolean {
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
}
