// The store's schema as a list of migrations; PRAGMA user_version records how many have been applied.
import type Database from 'better-sqlite3';

/** One schema step. Steps are append-only: a released step is never edited, a new one is added. */
export interface Migration {
  version: number;
  description: string;
  up(db: Database.Database): void;
}

/** Every schema step in order; the last one's version is the current schema version. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'experiments, runs, tags, cost chunks, checkpoints, parameters',
    up(db) {
      db.exec(`
        CREATE TABLE experiments (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('experiment', 'sweep')),
          config TEXT NOT NULL,
          created_at TEXT NOT NULL,
          notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE runs (
          id TEXT PRIMARY KEY,
          experiment_id TEXT NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
          name TEXT NOT NULL,
          arm TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('queued','running','done','diverged','failed','cancelled','interrupted')),
          config TEXT NOT NULL,
          dataset TEXT NOT NULL,
          init TEXT NOT NULL,
          init_name TEXT NOT NULL,
          init_seed INTEGER NOT NULL,
          data_seed INTEGER,
          iterations INTEGER NOT NULL,
          engine_version TEXT NOT NULL,
          owner_pid INTEGER,
          created_at TEXT NOT NULL,
          started_at TEXT,
          finished_at TEXT,
          iterations_run INTEGER,
          cost_every INTEGER,
          train_accuracy REAL,
          test_accuracy REAL,
          final_cost REAL,
          diverged_at INTEGER,
          first_non_finite INTEGER,
          train_seconds REAL,
          error_message TEXT,
          notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX runs_experiment ON runs(experiment_id);
        CREATE INDEX runs_status ON runs(status);
        CREATE TABLE experiment_tags (
          experiment_id TEXT NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
          tag TEXT NOT NULL,
          PRIMARY KEY (experiment_id, tag)
        );
        CREATE TABLE run_tags (
          run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
          tag TEXT NOT NULL,
          PRIMARY KEY (run_id, tag)
        );
        CREATE INDEX run_tags_tag ON run_tags(tag);
        -- Costs arrive in chunks while a run trains: Int32 iterations and Float64 costs, little-endian blobs.
        CREATE TABLE cost_chunks (
          run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
          first_iteration INTEGER NOT NULL,
          iterations BLOB NOT NULL,
          costs BLOB NOT NULL,
          PRIMARY KEY (run_id, first_iteration)
        );
        -- A checkpoint's numbers as wire JSON (NaN and infinities kept); its boundary grid as a Float32 blob.
        CREATE TABLE checkpoints (
          run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
          iteration INTEGER NOT NULL,
          train_accuracy REAL,
          test_accuracy REAL,
          data TEXT NOT NULL,
          boundary_meta TEXT,
          boundary BLOB,
          PRIMARY KEY (run_id, iteration)
        );
        -- Initial and final parameters: every W then every b, concatenated as one Float64 blob.
        CREATE TABLE params (
          run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
          which TEXT NOT NULL CHECK (which IN ('initial', 'final')),
          dims TEXT NOT NULL,
          data BLOB NOT NULL,
          PRIMARY KEY (run_id, which)
        );
      `);
    },
  },
  {
    version: 2,
    description: 'scale sweeps: a run may be a cell (scale × seed) of a sweep',
    up(db) {
      db.exec(`
        ALTER TABLE runs ADD COLUMN sweep_id TEXT REFERENCES experiments(id) ON DELETE CASCADE;
        ALTER TABLE runs ADD COLUMN sweep_scale REAL;
        ALTER TABLE runs ADD COLUMN sweep_seed INTEGER;
        CREATE INDEX runs_sweep ON runs(sweep_id);
      `);
    },
  },
  {
    version: 3,
    description: 'owner leases (a process beats while it owns runs) and the previous result of a run being rerun',
    up(db) {
      db.exec(`
        -- A process that owns queued or running runs: its start time (to tell a reused pid) and its last beat (ms since the epoch).
        CREATE TABLE owners (
          pid INTEGER PRIMARY KEY,
          started TEXT,
          beat_at INTEGER NOT NULL
        );
        -- A rerun's previous result, kept until the new one is stored: the result columns as JSON, and its recorded data.
        ALTER TABLE runs ADD COLUMN prior_result TEXT;
        CREATE TABLE prior_cost_chunks (
          run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
          first_iteration INTEGER NOT NULL,
          iterations BLOB NOT NULL,
          costs BLOB NOT NULL,
          PRIMARY KEY (run_id, first_iteration)
        );
        CREATE TABLE prior_checkpoints (
          run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
          iteration INTEGER NOT NULL,
          train_accuracy REAL,
          test_accuracy REAL,
          data TEXT NOT NULL,
          boundary_meta TEXT,
          boundary BLOB,
          PRIMARY KEY (run_id, iteration)
        );
        CREATE TABLE prior_params (
          run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
          which TEXT NOT NULL CHECK (which IN ('initial', 'final')),
          dims TEXT NOT NULL,
          data BLOB NOT NULL,
          PRIMARY KEY (run_id, which)
        );
      `);
    },
  },
];

/** The schema version a fully migrated store has. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Applies every step above the database's user_version, each in its own immediate transaction; returns the steps applied. */
export function migrate(db: Database.Database, upTo: number = SCHEMA_VERSION): number[] {
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (m.version > upTo) break;
    // Re-read inside the write lock: another process may have migrated meanwhile.
    const step = db.transaction(() => {
      const current = db.pragma('user_version', { simple: true }) as number;
      if (current >= m.version) return false;
      if (current !== m.version - 1) throw new Error(`store schema is at version ${current}; cannot apply step ${m.version}`);
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
      return true;
    });
    if (step.immediate()) applied.push(m.version);
  }
  const final = db.pragma('user_version', { simple: true }) as number;
  if (final > SCHEMA_VERSION) {
    throw new Error(`store schema version ${final} is newer than this app knows (${SCHEMA_VERSION}); update Init Lab`);
  }
  return applied;
}
