// Storage faults as SQLite raises them, for the fault-injection suite: a full disk, a held lock, an I/O error.
import Database from 'better-sqlite3';
import type { StoreFaults } from '../../../electron/store/faults';

/** The error better-sqlite3 throws for a SQLite result code. */
export function sqliteError(code: 'SQLITE_FULL' | 'SQLITE_BUSY' | 'SQLITE_IOERR_WRITE' | 'SQLITE_CORRUPT'): Error {
  const message = { SQLITE_FULL: 'database or disk is full', SQLITE_BUSY: 'database is locked', SQLITE_IOERR_WRITE: 'disk I/O error', SQLITE_CORRUPT: 'database disk image is malformed' }[code];
  return new Database.SqliteError(message, code);
}

/** Faults that throw `code` on the writes `when` picks (by name and by how many of that name came before). */
export function failing(code: Parameters<typeof sqliteError>[0], when: (what: string, nth: number) => boolean): StoreFaults & { counts: Map<string, number> } {
  const counts = new Map<string, number>();
  return {
    counts,
    beforeWrite(what) {
      const nth = counts.get(what) ?? 0;
      counts.set(what, nth + 1);
      if (when(what, nth)) throw sqliteError(code);
    },
  };
}
