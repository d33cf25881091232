import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, SCHEMA_VERSION } from '../../../electron/store/migrations';
import { RunStore } from '../../../electron/store/run-store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'init-lab-migrate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('store migrations', () => {
  it('numbers the steps 1, 2, … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('opens a database made by schema version 1 and migrates it, keeping its runs', () => {
    const path = join(dir, 'old.sqlite');
    const old = RunStore.open({ path, schemaVersion: 1 });
    expect(old.schemaVersion).toBe(1);
    old.connection.prepare(`INSERT INTO experiments (id, name, kind, config, created_at) VALUES ('e1', 'old', 'experiment', '{}', '2023-01-01T00:00:00.000Z')`).run();
    old.connection
      .prepare(
        `INSERT INTO runs (id, experiment_id, name, arm, status, config, dataset, init, init_name, init_seed, data_seed, iterations, engine_version, created_at, train_accuracy)
         VALUES ('r1', 'e1', 'old run', 'he', 'done', '{"iterations":5}', 'course-circles', 'he', 'he', 1, NULL, 5, '0', '2023-01-01T00:00:00.000Z', 0.75)`,
      )
      .run();
    old.close();

    const store = RunStore.open({ path });
    try {
      expect(store.schemaVersion).toBe(SCHEMA_VERSION);
      const r = store.runSummary('r1')!;
      expect([r.name, r.status, r.trainAccuracy, r.sweep]).toEqual(['old run', 'done', 0.75, null]);
      expect(store.runConfig('r1')).toEqual({ iterations: 5 });
      expect(store.integrityCheck()).toBe('ok');
    } finally {
      store.close();
    }
  });

  it('applies nothing to a database already at the current version', () => {
    const db = new Database(join(dir, 'cur.sqlite'));
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db)).toEqual([]);
    db.close();
  });

  it('refuses a database written by a newer schema', () => {
    const path = join(dir, 'new.sqlite');
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => RunStore.open({ path })).toThrow(/newer than this app knows/);
  });
});
