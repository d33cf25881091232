// Tags of experiments and runs: replaced as a whole set, duplicates ignored.
import type Database from 'better-sqlite3';

/** Replaces an experiment's tags. */
export function setExperimentTags(db: Database.Database, id: string, tags: readonly string[]): void {
  db.prepare(`DELETE FROM experiment_tags WHERE experiment_id = ?`).run(id);
  const ins = db.prepare(`INSERT OR IGNORE INTO experiment_tags (experiment_id, tag) VALUES (?, ?)`);
  for (const t of tags) ins.run(id, t);
}

/** Replaces a run's tags. */
export function setRunTags(db: Database.Database, id: string, tags: readonly string[]): void {
  db.prepare(`DELETE FROM run_tags WHERE run_id = ?`).run(id);
  const ins = db.prepare(`INSERT OR IGNORE INTO run_tags (run_id, tag) VALUES (?, ?)`);
  for (const t of tags) ins.run(id, t);
}
