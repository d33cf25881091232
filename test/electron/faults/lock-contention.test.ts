// Fault injection: another connection holds the write lock past the busy timeout while runs finish.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath } from '../../../electron/store/data-dir';
import type { LabEvent } from '../../../shared/contract/events';
import { experiment, openTestLab, value, type TestLab } from '../helpers/service';

let lab: TestLab | null = null;
let holder: Database.Database | null = null;
afterEach(async () => {
  if (holder?.inTransaction) holder.exec('ROLLBACK');
  holder?.close();
  holder = null;
  await lab?.dispose();
  lab = null;
});

/** Resolves once the lab has emitted an event matching the predicate (already or later). */
async function seen(l: TestLab, match: (e: LabEvent) => boolean): Promise<LabEvent> {
  for (;;) {
    const e = l.events.find(match);
    if (e) return e;
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Takes the database's write lock from a second connection (as another process would). */
function holdWriteLock(dir: string): Database.Database {
  const db = new Database(databasePath(dir));
  db.exec('BEGIN IMMEDIATE');
  return db;
}

describe('a write lock held elsewhere', () => {
  it('stores the run whole once a lock held for longer than the busy timeout is let go, by retrying with pauses', async () => {
    lab = openTestLab({ busyTimeoutMs: 20, writeRetryMs: [50, 100, 200, 400, 800] });
    const { runIds } = value(await lab.service.call('experiments.start', { experiment: experiment(['he'], [1], 60) }));
    await seen(lab, (e) => e.type === 'run.costs');
    holder = holdWriteLock(lab.dir);
    setTimeout(() => holder?.exec('COMMIT'), 400);
    await lab.service.settled(runIds);
    const run = value(await lab.service.call('runs.get', { id: runIds[0] }));
    expect(run.status).toBe('done');
    expect(run.costs).toHaveLength(60);
    expect(run.checkpoints.map((c) => c.iteration)).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('ends the run failed with "database is locked" and the file named when the lock outlasts every retry, never done', async () => {
    lab = openTestLab({ busyTimeoutMs: 10, writeRetryMs: [10, 20] });
    const { runIds } = value(await lab.service.call('experiments.start', { experiment: experiment(['he'], [1], 40) }));
    await seen(lab, (e) => e.type === 'run.costs');
    holder = holdWriteLock(lab.dir);
    const ended = await seen(lab, (e) => e.type.startsWith('run.') && 'run' in e);
    holder.exec('COMMIT');
    await lab.service.settled(runIds);
    expect(ended.type).toBe('run.failed');
    // The ending the lock refused is written once the lock is let go.
    let run = value(await lab.service.call('runs.get', { id: runIds[0] }));
    for (let i = 0; i < 100 && run.status !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      run = value(await lab.service.call('runs.get', { id: runIds[0] }));
    }
    expect(run.status).toBe('failed');
    expect(run.errorMessage).toContain(databasePath(lab.dir));
    expect(run.errorMessage).toContain('database is locked');
  });
});
