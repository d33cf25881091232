// A rerun's previous result, set aside (not deleted) when the run is queued again, dropped once the new result
// is stored, and put back if the rerun ends without one, so a crash or failure mid-rerun loses nothing.
import type Database from 'better-sqlite3';
import { parseWire, stringifyWire } from '../../shared/contract/wire';

/** The result columns a rerun clears and a failed rerun restores. */
const RESULT_COLUMNS = [
  'status',
  'started_at',
  'finished_at',
  'iterations_run',
  'cost_every',
  'train_accuracy',
  'test_accuracy',
  'final_cost',
  'diverged_at',
  'first_non_finite',
  'train_seconds',
  'error_message',
] as const;

/** The recorded data tables and their prior copies, with their columns named so later columns are never lost silently. */
const DATA = [
  { live: 'cost_chunks', prior: 'prior_cost_chunks', columns: 'run_id, first_iteration, iterations, costs' },
  { live: 'checkpoints', prior: 'prior_checkpoints', columns: 'run_id, iteration, train_accuracy, test_accuracy, data, boundary_meta, boundary' },
  { live: 'params', prior: 'prior_params', columns: 'run_id, which, dims, data' },
] as const;

/** Moves a run's result and recorded data aside (inside the caller's transaction); a result already set aside is kept. */
export function setPriorAside(db: Database.Database, id: string): void {
  const row = db.prepare(`SELECT prior_result, ${RESULT_COLUMNS.join(', ')} FROM runs WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) return;
  // Only a result worth keeping is set aside: a run that was interrupted, failed or cancelled has none.
  if (row.prior_result === null && (row.status === 'done' || row.status === 'diverged')) {
    const result = Object.fromEntries(RESULT_COLUMNS.map((c) => [c, row[c]]));
    db.prepare(`UPDATE runs SET prior_result = ? WHERE id = ?`).run(stringifyWire(result), id);
    for (const t of DATA) {
      db.prepare(`DELETE FROM ${t.prior} WHERE run_id = ?`).run(id);
      db.prepare(`INSERT INTO ${t.prior} (${t.columns}) SELECT ${t.columns} FROM ${t.live} WHERE run_id = ?`).run(id);
    }
  }
  for (const t of DATA) db.prepare(`DELETE FROM ${t.live} WHERE run_id = ?`).run(id);
}

/** Drops a run's set-aside result (its new one is stored; inside the caller's transaction). */
export function dropPrior(db: Database.Database, id: string): void {
  for (const t of DATA) db.prepare(`DELETE FROM ${t.prior} WHERE run_id = ?`).run(id);
  db.prepare(`UPDATE runs SET prior_result = NULL WHERE id = ?`).run(id);
}

/** Puts a set-aside result back in place of whatever the rerun recorded; returns false if there was none (inside the caller's transaction). */
export function restorePrior(db: Database.Database, id: string): boolean {
  const row = db.prepare(`SELECT prior_result FROM runs WHERE id = ?`).get(id) as { prior_result: string | null } | undefined;
  if (!row || row.prior_result === null) return false;
  const result = parseWire(row.prior_result) as Record<string, unknown>;
  for (const t of DATA) {
    db.prepare(`DELETE FROM ${t.live} WHERE run_id = ?`).run(id);
    db.prepare(`INSERT INTO ${t.live} (${t.columns}) SELECT ${t.columns} FROM ${t.prior} WHERE run_id = ?`).run(id);
  }
  const sets = RESULT_COLUMNS.map((c) => `${c} = ?`).join(', ');
  db.prepare(`UPDATE runs SET ${sets}, owner_pid = NULL WHERE id = ?`).run(...RESULT_COLUMNS.map((c) => result[c] ?? null), id);
  dropPrior(db, id);
  return true;
}
