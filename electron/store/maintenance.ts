// Keeping the store sound: opening it with its pragmas and migrations, integrity checks, runs of dead processes.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate, SCHEMA_VERSION } from './migrations';
import { restorePrior } from './prior-result';
import { corruptAdvice, isCorrupt, isUnwritable, namedStorageError, StorageError } from './storage-error';
import type { RunStoreOptions } from './store-types';

/** How long an owner's last beat stays good: past it, its runs are taken for orphans even if its pid exists (reused). */
export const LEASE_MS = 15_000;

/** A process's start time as the OS tells it (Linux: jiffies since boot from /proc), or null where it cannot be read. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at the last ')'; starttime is field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** How the owners of runs are judged alive: the pid exists, and (where known) it is the same process and its lease is fresh. */
export interface LivenessProbe {
  isAlive?: (pid: number) => boolean;
  startTime?: (pid: number) => string | null;
  now?: () => number;
}

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

  /** Records that this process is alive and owns runs: its start time and a fresh beat. */
  beat(started: string | null, now = Date.now()): void {
    this.db.prepare(`INSERT INTO owners (pid, started, beat_at) VALUES (?, ?, ?) ON CONFLICT(pid) DO UPDATE SET started = excluded.started, beat_at = excluded.beat_at`).run(this.pid, started, now);
  }

  /** Drops this process's lease (it is closing). */
  release(): void {
    this.db.prepare(`DELETE FROM owners WHERE pid = ?`).run(this.pid);
  }

  /** Owners of queued or running runs (other than this process) that are gone: no such pid, another process under it, or a stale lease. */
  deadOwners(probe: LivenessProbe = {}): number[] {
    const isAlive = probe.isAlive ?? processAlive;
    const startTime = probe.startTime ?? processStartTime;
    const now = (probe.now ?? Date.now)();
    const rows = this.db
      .prepare(
        `SELECT DISTINCT r.owner_pid AS pid, o.started AS started, o.beat_at AS beat FROM runs r LEFT JOIN owners o ON o.pid = r.owner_pid
         WHERE r.status IN ('queued','running') AND r.owner_pid IS NOT NULL AND r.owner_pid != ?`,
      )
      .all(this.pid) as { pid: number; started: string | null; beat: number | null }[];
    return rows
      .filter((o) => {
        if (!isAlive(o.pid)) return true;
        // A process from before leases (no row) is judged by its pid alone.
        if (o.beat === null) return false;
        if (now - o.beat > LEASE_MS) return true;
        const current = o.started === null ? null : startTime(o.pid);
        return current !== null && current !== o.started;
      })
      .map((o) => o.pid);
  }

  /** Marks queued or running runs whose owning process is gone (or is this pid, when `includeOwn`) as interrupted; returns their ids. */
  markInterrupted(options: LivenessProbe & { includeOwn?: boolean } = {}): string[] {
    const now = new Date().toISOString();
    const tx = this.db.transaction(() => {
      const dead = new Set(this.deadOwners(options));
      const rows = this.db.prepare(`SELECT id, owner_pid FROM runs WHERE status IN ('queued','running') ORDER BY rowid`).all() as { id: string; owner_pid: number | null }[];
      const stale = rows.filter((r) => (r.owner_pid === null ? true : r.owner_pid === this.pid ? (options.includeOwn ?? false) : dead.has(r.owner_pid)));
      const mark = this.db.prepare(
        `UPDATE runs SET status = 'interrupted', finished_at = ?, owner_pid = NULL,
           error_message = CASE status WHEN 'running' THEN 'the process stopped while the run was training' ELSE 'the process stopped before the run started' END
         WHERE id = ? AND status IN ('queued','running')`,
      );
      // A run being rerun gets its earlier result back; others become interrupted.
      for (const r of stale) if (!restorePrior(this.db, r.id)) mark.run(now, r.id);
      const forget = this.db.prepare(`DELETE FROM owners WHERE pid = ?`);
      for (const pid of dead) forget.run(pid);
      return stale.map((r) => r.id);
    });
    return tx.immediate();
  }
}
