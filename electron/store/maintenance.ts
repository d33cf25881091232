// Keeping the store sound: opening it with its pragmas and migrations, integrity checks, runs of dead processes.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate, SCHEMA_VERSION } from './migrations';
import type { RunStoreOptions } from './store-types';

/** True if a process with that pid exists (EPERM: it exists but belongs to someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Opens the database file (creating its directory), sets WAL and its pragmas, and migrates it. */
export function openDatabase(options: RunStoreOptions): Database.Database {
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
  return db;
}

/** Upkeep of an open database. */
export class Maintenance {
  constructor(
    private readonly db: Database.Database,
    private readonly pid: number,
  ) {}

  /** The schema version of the open database. */
  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  /** Result of PRAGMA integrity_check ('ok' when sound). */
  integrityCheck(): string {
    return (this.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  }

  /** Marks queued or running runs whose owning process is gone (or is this pid, when `includeOwn`) as interrupted; returns their ids. */
  markInterrupted(options: { isAlive?: (pid: number) => boolean; includeOwn?: boolean } = {}): string[] {
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
    return tx.immediate();
  }
}
