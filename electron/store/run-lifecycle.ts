// A run's life in the store while it trains: queued, running, its chunks of data, how it ended, reset for a rerun.
import type Database from 'better-sqlite3';
import type { Checkpoint } from '../../shared/engine/types';
import { dropPrior, restorePrior, setPriorAside } from './prior-result';
import { writeCheckpoint, writeCosts, writeParams } from './run-data';
import type { NewRun, RecordedCounts, RunFinish } from './store-types';
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

/** A run's stored data falls short of what it recorded. */
export class IncompleteRunError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IncompleteRunError';
  }
}

/** How much of a run is stored: cost points (8 bytes each), checkpoints and parameter sets. */
export function storedCounts(db: Database.Database, id: string): RecordedCounts {
  const row = db
    .prepare(
      `SELECT (SELECT coalesce(sum(length(costs)), 0) / 8 FROM cost_chunks WHERE run_id = ?) AS costs,
              (SELECT count(*) FROM checkpoints WHERE run_id = ?) AS checkpoints,
              (SELECT count(*) FROM params WHERE run_id = ?) AS params`,
    )
    .get(id, id, id) as RecordedCounts;
  return row;
}

/** Says what is missing ("13336 of 15000 costs, 15 of 16 checkpoints"), or null if the store holds everything. */
export function shortfall(stored: RecordedCounts, expected: RecordedCounts): string | null {
  const parts: string[] = [];
  if (stored.costs !== expected.costs) parts.push(`${stored.costs} of ${expected.costs} costs`);
  if (stored.checkpoints !== expected.checkpoints) parts.push(`${stored.checkpoints} of ${expected.checkpoints} checkpoints`);
  if (stored.params !== expected.params) parts.push(`${stored.params} of ${expected.params} parameter sets`);
  return parts.length > 0 ? parts.join(', ') : null;
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
      for (const c of fin.pendingCosts ?? []) if (c.costs.length > 0) writeCosts(this.db, id, c.iterations, c.costs);
      if (fin.trailingCosts && fin.trailingCosts.costs.length > 0) writeCosts(this.db, id, fin.trailingCosts.iterations, fin.trailingCosts.costs);
      for (const c of fin.trailingCheckpoints ?? []) writeCheckpoint(this.db, id, c);
      if (fin.initialParams) writeParams(this.db, id, 'initial', fin.initialParams);
      if (fin.finalParams) writeParams(this.db, id, 'final', fin.finalParams);
      if (fin.expect) {
        // Checked inside the transaction: a shortfall rolls everything back, so the run is never `done` with less than it recorded.
        const stored = storedCounts(this.db, id);
        const short = shortfall(stored, fin.expect);
        if (short) throw new IncompleteRunError(`run ${id} would be stored with ${short}`);
      }
      // A cancelled rerun keeps the earlier result; any other new result replaces it.
      if (fin.status === 'cancelled' && restorePrior(this.db, id)) return;
      dropPrior(this.db, id);
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
    const tx = this.db.transaction(() => {
      // A rerun that ends without a result gives the run its earlier result back.
      if (restorePrior(this.db, id)) return;
      this.db.prepare(`UPDATE runs SET status = ?, error_message = ?, finished_at = ?, owner_pid = NULL WHERE id = ?`).run(status, message, finishedAt, id);
    });
    tx.immediate();
  }

  /** Ends many runs the same way in one transaction (a batch of a cancelled experiment). */
  endMany(ids: readonly string[], status: 'failed' | 'cancelled' | 'interrupted', message: string | null, finishedAt: string): void {
    const mark = this.db.prepare(`UPDATE runs SET status = ?, error_message = ?, finished_at = ?, owner_pid = NULL WHERE id = ?`);
    const tx = this.db.transaction(() => {
      for (const id of ids) if (!restorePrior(this.db, id)) mark.run(status, message, finishedAt, id);
    });
    tx.immediate();
  }

  /** Queues a run again under this process, its earlier result set aside until the new one is stored; returns false if it does not exist. */
  reset(id: string): boolean {
    const tx = this.db.transaction(() => {
      const exists = this.db.prepare(`SELECT 1 FROM runs WHERE id = ?`).get(id);
      if (!exists) return false;
      // Set aside, not deleted: the earlier result stays until the new one is stored.
      setPriorAside(this.db, id);
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
