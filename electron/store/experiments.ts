// Experiments in the store: created with their queued runs, listed with status counts, edited, deleted.
import type Database from 'better-sqlite3';
import type { ExperimentKind, ExperimentSummary, RunStatus, StatusCounts } from '../../shared/contract/records';
import { RUN_STATUSES } from '../../shared/contract/records';
import { EXPERIMENT_COLUMNS, splitTags, type ExperimentRow } from './rows';
import { insertQueuedRun } from './run-lifecycle';
import type { NewExperiment, NewRun } from './store-types';
import { setExperimentTags } from './tags';

function emptyCounts(): StatusCounts {
  return Object.fromEntries(RUN_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** The experiments table and what hangs off it. */
export class ExperimentRecords {
  constructor(
    private readonly db: Database.Database,
    private readonly pid: number,
  ) {}

  /** Stores an experiment and its queued runs in one transaction. */
  create(exp: NewExperiment, runs: NewRun[]): void {
    const insertExp = this.db.prepare(`INSERT INTO experiments (id, name, kind, config, created_at, notes) VALUES (?, ?, ?, ?, ?, ?)`);
    const tx = this.db.transaction(() => {
      insertExp.run(exp.id, exp.name, exp.kind, JSON.stringify(exp.config), exp.createdAt, exp.notes ?? '');
      setExperimentTags(this.db, exp.id, exp.tags);
      for (const r of runs) insertQueuedRun(this.db, r, this.pid);
    });
    tx.immediate();
  }

  /** Adds queued runs to a stored experiment in one transaction (the later slices of a large start). */
  addRuns(runs: NewRun[]): void {
    const tx = this.db.transaction(() => {
      for (const r of runs) insertQueuedRun(this.db, r, this.pid);
    });
    tx.immediate();
  }

  private row(id: string): ExperimentRow | undefined {
    return this.db.prepare(`SELECT ${EXPERIMENT_COLUMNS} FROM experiments e WHERE e.id = ?`).get(id) as ExperimentRow | undefined;
  }

  private toSummary(row: ExperimentRow): ExperimentSummary {
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
  summary(id: string): ExperimentSummary | null {
    const row = this.row(id);
    return row ? this.toSummary(row) : null;
  }

  /** An experiment's stored description (ExperimentConfig or sweep spec), or undefined. */
  config(id: string): unknown {
    const row = this.row(id);
    return row ? JSON.parse(row.config) : undefined;
  }

  /** Experiments, newest first. */
  list(options: { kind?: ExperimentKind; limit: number }): ExperimentSummary[] {
    const rows = (
      options.kind
        ? this.db.prepare(`SELECT ${EXPERIMENT_COLUMNS} FROM experiments e WHERE e.kind = ? ORDER BY e.created_at DESC, e.rowid DESC LIMIT ?`).all(options.kind, options.limit)
        : this.db.prepare(`SELECT ${EXPERIMENT_COLUMNS} FROM experiments e ORDER BY e.created_at DESC, e.rowid DESC LIMIT ?`).all(options.limit)
    ) as ExperimentRow[];
    return rows.map((r) => this.toSummary(r));
  }

  /** Renames, retags or annotates an experiment; returns false if it does not exist. */
  update(id: string, patch: { name?: string; tags?: string[]; notes?: string }): boolean {
    const tx = this.db.transaction(() => {
      if (!this.row(id)) return false;
      if (patch.name !== undefined) this.db.prepare(`UPDATE experiments SET name = ? WHERE id = ?`).run(patch.name, id);
      if (patch.notes !== undefined) this.db.prepare(`UPDATE experiments SET notes = ? WHERE id = ?`).run(patch.notes, id);
      if (patch.tags !== undefined) setExperimentTags(this.db, id, patch.tags);
      return true;
    });
    return tx.immediate();
  }

  /** Deletes up to `limit` runs of an experiment or sweep in one transaction; returns how many (0 when none are left). */
  deleteSomeRuns(id: string, limit: number): number {
    const tx = this.db.transaction(() => this.db.prepare(`DELETE FROM runs WHERE rowid IN (SELECT rowid FROM runs WHERE experiment_id = ? OR sweep_id = ? LIMIT ?)`).run(id, id, limit).changes);
    return tx.immediate();
  }

  /** Deletes an experiment with all its runs; returns the number of runs deleted, or -1 if it does not exist. */
  delete(id: string): number {
    const tx = this.db.transaction(() => {
      if (!this.row(id)) return -1;
      const n = (this.db.prepare(`SELECT count(*) AS n FROM runs WHERE experiment_id = ? OR sweep_id = ?`).get(id, id) as { n: number }).n;
      this.db.prepare(`DELETE FROM runs WHERE experiment_id = ? OR sweep_id = ?`).run(id, id);
      this.db.prepare(`DELETE FROM experiments WHERE id = ?`).run(id);
      return n;
    });
    return tx.immediate();
  }
}
