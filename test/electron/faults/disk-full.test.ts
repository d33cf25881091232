// Fault injection: a full disk while runs train. A run is `done` only with everything it recorded stored; otherwise it fails saying why.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { fakeEngineWorker } from '../helpers/service';
import { sampleExperiment, sampleRun } from '../helpers/samples';
import { RunStore } from '../../../electron/store/run-store';
import { databasePath } from '../../../electron/store/data-dir';
import { experiment, openTestLab, value, type TestLab } from '../helpers/service';
import { failing } from './inject';

let lab: TestLab | null = null;
afterEach(async () => {
  await lab?.dispose();
  lab = null;
});

const FAST_RETRY = [5, 10, 20];

describe('a full disk while runs train', () => {
  it('stores a run as done with every cost and checkpoint when the first writes fail and later ones succeed', async () => {
    const faults = failing('SQLITE_FULL', (what, nth) => (what.startsWith('store costs') || what.startsWith('store a checkpoint')) && nth < 3);
    lab = openTestLab({ storeFaults: faults, writeRetryMs: FAST_RETRY });
    const { runIds } = value(await lab.service.call('experiments.start', { experiment: experiment(['he'], [1], 40) }));
    await lab.service.settled(runIds);
    const run = value(await lab.service.call('runs.get', { id: runIds[0] }));
    expect(run.status).toBe('done');
    expect(run.costs.map((p) => p.iteration)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(run.checkpoints.map((c) => c.iteration)).toEqual([0, 10, 20, 30]);
    expect(run.finalParams).not.toBeNull();
  });

  it('ends a run failed, naming the database file and the reason, when its result cannot be written after the retries', async () => {
    const faults = failing('SQLITE_FULL', (what) => what.startsWith('store costs') || what.startsWith('store the result'));
    lab = openTestLab({ storeFaults: faults, writeRetryMs: FAST_RETRY });
    const { runIds } = value(await lab.service.call('experiments.start', { experiment: experiment(['he', 'zeros'], [1], 30) }));
    await lab.service.settled(runIds);
    const file = databasePath(lab.dir);
    for (const id of runIds) {
      const run = value(await lab.service.call('runs.get', { id }));
      expect(run.status).toBe('failed');
      expect(run.errorMessage).toContain(file);
      expect(run.errorMessage).toContain('database or disk is full');
    }
    // One try and one per pause, then given up.
    expect(faults.counts.get(`store the result of run ${runIds[0]}`)).toBe(FAST_RETRY.length + 1);
  });

  it('reports a run as failed in its ended event even when marking it failed is refused too', async () => {
    const faults = failing('SQLITE_FULL', (what) => what.startsWith('store the result') || what.startsWith('end run'));
    lab = openTestLab({ storeFaults: faults, writeRetryMs: FAST_RETRY });
    const { runIds } = value(await lab.service.call('experiments.start', { experiment: experiment(['he'], [1], 20) }));
    await lab.service.settled(runIds);
    const ended = lab.events.find((e) => e.type === 'run.failed');
    expect(ended && 'run' in ended ? [ended.run.status, ended.run.errorMessage] : null).toEqual(['failed', expect.stringContaining('database or disk is full')]);
    expect(lab.events.some((e) => e.type === 'run.done')).toBe(false);
  });

  it('raises a real SQLITE_FULL from SQLite (a capped file) as an error naming the file, and stores nothing of that chunk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'init-lab-full-'));
    const store = RunStore.open({ path: databasePath(dir) });
    try {
      store.createExperiment(sampleExperiment('e1'), [sampleRun('r1', 'e1')]);
      const pages = store.connection.pragma('page_count', { simple: true }) as number;
      store.connection.pragma(`max_page_count = ${pages}`);
      const big = new Float64Array(100_000);
      expect(() => store.appendCosts('r1', Int32Array.from(big.keys()), big)).toThrow(new RegExp(`^${databasePath(dir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: could not store costs of run r1: database or disk is full`));
      expect(store.storedCounts('r1').costs).toBe(0);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('init-lab train --save onto a full disk', () => {
  it('exits 1 with one closing line naming the data directory and does not claim the runs were saved whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'init-lab-cli-full-'));
    const out: string[] = [];
    const err: string[] = [];
    const stdout = new PassThrough().on('data', (b: Buffer) => out.push(b.toString()));
    const stderr = new PassThrough().on('data', (b: Buffer) => err.push(b.toString()));
    const faults = failing('SQLITE_FULL', (what) => what.startsWith('store costs') || what.startsWith('store the result'));
    try {
      const status = await runCli(['train', '--preset', 'course', '--init', 'zeros,he', '--iterations', '30', '--save', '--data', dir, '--workers', '2'], {
        stdout,
        stderr,
        env: {},
        worker: fakeEngineWorker,
        storeFaults: faults,
      });
      expect(status).toBe(1);
      const lines = err.join('').split('\n').filter((l) => l !== '');
      expect(lines.at(-1)).toMatch(new RegExp(`^init-lab: 2 of 2 runs failed \\(not stored: .*database or disk is full\\); data directory ${dir}$`));
      expect(out.join('')).toMatch(/Saved as experiment \S+, but 2 of 2 runs failed\./);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
