// Fault injection: random bytes over a page in the middle of the database, and a store that cannot be written.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databasePath } from '../../../electron/store/data-dir';
import { RunStore } from '../../../electron/store/run-store';
import { LabService } from '../../../electron/service/lab-service';
import { sampleCheckpoint, sampleExperiment, sampleParams, sampleRun } from '../helpers/samples';
import { value } from '../helpers/service';
import { failing } from './inject';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'init-lab-corrupt-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A closed store of 20 finished runs with their costs, checkpoints and parameters (about 150 pages). */
function filledStore(): string {
  const path = databasePath(dir);
  const store = RunStore.open({ path });
  store.createExperiment(sampleExperiment('e1'), Array.from({ length: 20 }, (_, i) => sampleRun(`r${i}`, 'e1')));
  for (let i = 0; i < 20; i++) {
    const costs = Float64Array.from({ length: 2000 }, (_, k) => 1 / (k + 1));
    store.appendCosts(`r${i}`, Int32Array.from(costs.keys()), costs);
    store.putCheckpoint(`r${i}`, sampleCheckpoint(0));
    store.finishRun(`r${i}`, {
      status: 'done', finishedAt: '2024-05-01T10:01:00.000Z', iterationsRun: 2000, costEvery: 1, trainAccuracy: 0.9, testAccuracy: 0.8,
      finalCost: 0.1, divergedAt: null, firstNonFiniteIteration: null, trainSeconds: 0.5, initialParams: sampleParams(0), finalParams: sampleParams(1),
    });
  }
  store.close();
  return path;
}

/** Overwrites one page with random bytes, as a failing disk or a stray write would. */
function smashPage(path: string, page: number): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, randomBytes(4096), 0, 4096, (page - 1) * 4096);
  closeSync(fd);
}

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('a damaged page in the middle of the store', () => {
  it('is found at open, and the store refuses every write with one message naming the file and what to do', () => {
    const path = filledStore();
    const pages = statSync(path).size / 4096;
    expect(pages).toBeGreaterThan(40);
        smashPage(path, Math.floor(pages / 3));
    const before = digest(path);
    let store: RunStore | null = null;
    try {
      store = RunStore.open({ path });
    } catch (e) {
      // Some pages make even reading impossible; then the open itself says so, naming the file.
      expect((e as Error).message).toContain(path);
      expect((e as Error).message).toMatch(/move .* aside/);
      return;
    } finally {
      store?.close();
      expect(digest(path)).toBe(before);
    }
    expect(store.readOnly).toContain(path);
    expect(store.readOnly).toMatch(/Export what can still be read.*then move .* aside/);
    expect(() => store.deleteRuns(['r1'])).toThrow(path);
  });

  it('answers writes through the service with `unavailable` naming the file, writes nothing, and still lists what it can read', async () => {
    const path = filledStore();
    smashPage(path, Math.floor(statSync(path).size / 4096 / 2));
    const before = digest(path);
    let service: LabService;
    try {
      service = LabService.open({ dataDir: dir, log: () => {} });
    } catch (e) {
      expect((e as Error).message).toContain(path);
      expect(digest(path)).toBe(before);
      return;
    }
    try {
      expect(service.facts.readOnly).toContain(path);
      const r = await service.call('runs.delete', { ids: ['r1'] });
      expect(r.ok ? null : [r.error.code, r.error.message.includes(path)]).toEqual(['unavailable', true]);
      const list = await service.call('experiments.list', {});
      expect(list.ok || list.error.message.includes(path)).toBe(true);
    } finally {
      await service.close();
    }
    expect(digest(path)).toBe(before);
  });

  it('stops writing after an I/O error once the quick check finds the file damaged', () => {
    const path = filledStore();
    const store = RunStore.open({ path, faults: failing('SQLITE_IOERR_WRITE', (what) => what.startsWith('update run')) });
    try {
      smashPage(path, 3);
      expect(() => store.updateRun('r1', { name: 'x' })).toThrow(path);
      // Whether the smashed page is seen depends on the page cache; the store decides by quick_check, never by guessing.
      if (store.quickCheck() !== 'ok') expect(store.readOnly).toMatch(/integrity check after an I\/O error/);
      else expect(store.readOnly).toBeNull();
    } finally {
      store.close();
    }
  });
});

describe('a store that cannot be written', () => {
  it('opens read-only when its first write fails with a full disk, and lists, shows and exports', async () => {
    filledStore();
    const service = LabService.open({ dataDir: dir, log: () => {}, storeFaults: failing('SQLITE_FULL', (what) => what === 'open') });
    try {
      expect(service.facts.readOnly).toMatch(/cannot be written \(database or disk is full\); it is open read-only/);
      expect(value(await service.call('runs.list', {})).total).toBe(20);
      expect(value(await service.call('runs.get', { id: 'r3' })).costs).toHaveLength(2000);
      expect(value(await service.call('export.experiment', { id: 'e1' })).fileName).toMatch(/\.json$/);
      const del = await service.call('runs.delete', { ids: ['r1'] });
      expect(del.ok ? null : del.error.code).toBe('unavailable');
    } finally {
      await service.close();
    }
  });
});
