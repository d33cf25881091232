// The members of an experiment or the cells of a sweep: its runs in creation order, and those in given statuses (to resume).
import type Database from 'better-sqlite3';
import type { RunStatus, RunSummary } from '../../shared/contract/records';
import { RUN_COLUMNS, toRunSummary, type RunRow } from './rows';

const ACTIVE: readonly RunStatus[] = ['queued', 'running'];

/** Queries over the runs of one experiment or sweep. */
export class SweepRecords {
  constructor(private readonly db: Database.Database) {}

  /** The runs of an experiment (or the cells of a sweep) in creation order. */
  runs(id: string): RunSummary[] {
    const rows = this.db.prepare(`SELECT ${RUN_COLUMNS} FROM runs r WHERE r.experiment_id = ? ORDER BY r.rowid`).all(id) as RunRow[];
    return rows.map(toRunSummary);
  }

  /** Ids of the runs with one of the given statuses (of one experiment, if given), in creation order. */
  idsWithStatus(statuses: readonly RunStatus[] = ACTIVE, experimentId?: string): string[] {
    const marks = statuses.map(() => '?').join(',');
    const sql = `SELECT id FROM runs WHERE status IN (${marks})${experimentId ? ' AND experiment_id = ?' : ''} ORDER BY rowid`;
    const args: unknown[] = [...statuses];
    if (experimentId) args.push(experimentId);
    return (this.db.prepare(sql).all(...args) as { id: string }[]).map((r) => r.id);
  }
}
