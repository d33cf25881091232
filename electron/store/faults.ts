// Hooks through which the fault-injection tests make the store fail as a full or broken disk would.
// Production code never sets them; each is called just before the store touches the file.

/** Optional hooks, each of which may throw (a better-sqlite3 SqliteError with a code such as SQLITE_FULL). */
export interface StoreFaults {
  /** Before each write transaction; `what` names it (e.g. 'appendCosts', 'finishRun', 'open'). */
  beforeWrite?(what: string): void;
}
