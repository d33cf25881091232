// What bundle import and export need from the store: one transaction around many writes, and taken ids.
import type Database from 'better-sqlite3';

/** Bundle-level access to the database. */
export class BundleRecords {
  constructor(private readonly db: Database.Database) {}

  /** Runs one function inside a single immediate transaction (import uses it so a bad bundle writes nothing). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /** True if an experiment or run id is taken. */
  idTaken(id: string): boolean {
    return !!this.db.prepare(`SELECT 1 FROM experiments WHERE id = ? UNION ALL SELECT 1 FROM runs WHERE id = ?`).get(id, id);
  }
}
