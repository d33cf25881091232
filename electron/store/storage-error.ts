// Storage failures as the lab reports them: one message naming the database file, and what each SQLite code means for a caller.
import { LabFailure } from '../../shared/contract/errors';

/** The SQLite result code (SQLITE_FULL, SQLITE_IOERR_WRITE, …) or errno code (ENOSPC, EACCES, …) of an error, or null. */
export function storageCode(e: unknown): string | null {
  if (e instanceof StorageError) return e.storageCode;
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

function codeIs(e: unknown, prefixes: readonly string[]): boolean {
  const code = storageCode(e);
  return code !== null && prefixes.some((p) => code === p || code.startsWith(`${p}_`));
}

/** Worth trying again after a pause: a lock held elsewhere, a full disk that may be freed, a failed read or write. */
export function isTransient(e: unknown): boolean {
  return codeIs(e, ['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_FULL', 'SQLITE_IOERR']);
}

/** The file cannot be written at all now (full, read-only, no permission), though it may still be read. */
export function isUnwritable(e: unknown): boolean {
  return codeIs(e, ['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_IOERR', 'SQLITE_CANTOPEN', 'SQLITE_PERM', 'SQLITE_AUTH']) || codeIs(e, ['ENOSPC', 'EACCES', 'EROFS', 'EPERM']);
}

/** The file is damaged or not a database. */
export function isCorrupt(e: unknown): boolean {
  return codeIs(e, ['SQLITE_CORRUPT', 'SQLITE_NOTADB']);
}

/** What to do about a damaged store, said once for every message about one. */
export function corruptAdvice(file: string): string {
  return `nothing more is written to it. Export what can still be read (init-lab runs export ID --data DIR, or Export in the app), then move ${file} aside (with its -wal and -shm files); the lab then starts a new, empty store in its place`;
}

/** A storage failure, its message naming the file; the service answers it as `unavailable`. */
export class StorageError extends LabFailure {
  /** The SQLite or errno code of the cause, if any. */
  readonly storageCode: string | null;
  constructor(
    readonly file: string,
    message: string,
    cause?: unknown,
  ) {
    super('unavailable', message);
    this.name = 'StorageError';
    this.storageCode = storageCode(cause);
  }
}

/** Wraps anything a storage call threw into a StorageError that names the file (a StorageError or other LabFailure passes through). */
export function namedStorageError(file: string, e: unknown, doing?: string): LabFailure {
  if (e instanceof LabFailure) return e;
  const reason = e instanceof Error ? e.message : String(e);
  const what = doing ? `could not ${doing}: ` : '';
  if (isCorrupt(e)) return new StorageError(file, `${file}: ${what}${reason}; ${corruptAdvice(file)}`, e);
  return new StorageError(file, `${file}: ${what}${reason}`, e);
}
