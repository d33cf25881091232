// Keeping the store sound: opening it with its pragmas and migrations, integrity checks, runs of dead processes.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate, SCHEMA_VERSION } from './migrations';
import { corruptAdvice, isCorrupt, isUnwritable, namedStorageError, StorageError } from './storage-error';
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

/** An open connection, and why it is read-only when it is (null: writable). */
export interface OpenedDatabase {
  db: Database.Database;
  readOnly: string | null;
}

/** The oldest schema a read-only store can still be listed and exported from (sweep columns exist from 2 on). */
const READABLE_FROM = 2;

/** PRAGMA quick_check's verdict ('ok' when sound): the page and b-tree checks of integrity_check without the index cross-checks, so it stays fast at open. */
export function quickCheck(db: Database.Database): string {
  const lines = (db.pragma('quick_check') as { quick_check: string }[]).flatMap((r) => r.quick_check.split('\n')).filter((l) => l.trim() !== '' && !l.startsWith('***'));
  const shown = lines.slice(0, 2).join('; ');
  return lines.length > 2 ? `${shown}; and ${lines.length - 2} more problems` : shown;
}

function bindingOption(options: RunStoreOptions): Database.Options {
  return options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
}

/** Opens the file for reading only, saying why; throws (naming the file) if even that fails or its schema is unreadable. */
function openReadOnly(options: RunStoreOptions, reason: string): OpenedDatabase {
  const file = options.path;
  let db: Database.Database;
  try {
    db = new Database(file, { ...bindingOption(options), readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < READABLE_FROM || version > SCHEMA_VERSION) {
      db.close();
      throw new StorageError(file, `${file}: ${reason}; and its schema (version ${version}) cannot be read without writing`);
    }
  } catch (e) {
    if (e instanceof StorageError) throw e;
    throw new StorageError(file, `${file}: ${reason}; opening it read-only failed too: ${e instanceof Error ? e.message : String(e)}`, e);
  }
  return { db, readOnly: reason };
}

/**
 * Opens the database file (creating its directory), checks it, sets WAL and its pragmas, and migrates it.
 * A damaged file is never written: it opens read-only (or not at all) with a message saying what to do;
 * a file that cannot be written (full disk, read-only medium, no permission) opens read-only to list and export.
 */
export function openDatabase(options: RunStoreOptions): OpenedDatabase {
  const file = options.path;
  const exists = file !== ':memory:' && existsSync(file);
  let db: Database.Database;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    db = new Database(file, bindingOption(options));
  } catch (e) {
    if (exists && isUnwritable(e)) return openReadOnly(options, `cannot be written (${e instanceof Error ? e.message : String(e)}); it is open read-only: listing, showing and exporting work`);
    throw namedStorageError(file, e, 'open the store');
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    // Checked before anything is written, so a damaged file is never made worse.
    const check = quickCheck(db);
    if (check !== 'ok') {
      db.close();
      return openReadOnly(options, `fails its integrity check (${check}); ${corruptAdvice(file)}`);
    }
    options.faults?.beforeWrite?.('open');
    db.pragma('journal_mode = WAL');
    // NORMAL under WAL never corrupts on an application crash; it may lose the last commits on power loss.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, options.schemaVersion ?? SCHEMA_VERSION);
  } catch (e) {
    db.close();
    if (exists && isCorrupt(e)) return openReadOnly(options, `is damaged (${e instanceof Error ? e.message : String(e)}); ${corruptAdvice(file)}`);
    if (exists && isUnwritable(e)) return openReadOnly(options, `cannot be written (${e instanceof Error ? e.message : String(e)}); it is open read-only: listing, showing and exporting work`);
    throw namedStorageError(file, e, 'open the store');
  }
  return { db, readOnly: null };
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

  /** PRAGMA quick_check's verdict ('ok' when sound). */
  quickCheck(): string {
    return quickCheck(this.db);
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
