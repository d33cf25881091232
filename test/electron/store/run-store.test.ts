import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RunListQuery } from '../../../shared/contract/operations';
import { RunStore } from '../../../electron/store/run-store';
import { SCHEMA_VERSION } from '../../../electron/store/migrations';
import { sampleCheckpoint, sampleExperiment, sampleParams, sampleRun } from '../helpers/samples';

let dir: string;
let store: RunStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'init-lab-store-'));
  store = RunStore.open({ path: join(dir, 'lab.sqlite') });
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const query = (q: Partial<RunListQuery> = {}) => RunListQuery.parse(q);

function finishDone(id: string) {
  store.finishRun(id, {
    status: 'done',
    finishedAt: '2024-05-01T10:01:00.000Z',
    iterationsRun: 10,
    costEvery: 1,
    trainAccuracy: 0.9,
    testAccuracy: 0.8,
    finalCost: 0.1,
    divergedAt: null,
    firstNonFiniteIteration: null,
    trainSeconds: 0.5,
    initialParams: sampleParams(0),
    finalParams: sampleParams(1),
  });
}

describe('RunStore', () => {
  it('opens a new database in WAL mode at the current schema version', () => {
    expect(store.schemaVersion).toBe(SCHEMA_VERSION);
    expect(store.connection.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.connection.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(store.integrityCheck()).toBe('ok');
  });

  it('stores an experiment with its runs queued and owned by this process', () => {
    store.createExperiment(sampleExperiment('e1'), [sampleRun('r1', 'e1'), sampleRun('r2', 'e1')]);
    const exp = store.experimentSummary('e1')!;
    expect(exp.counts.queued).toBe(2);
    expect(exp.status).toBe('running');
    expect(exp.tags).toEqual(['demo']);
    expect(store.runSummary('r1')!.status).toBe('queued');
    expect(store.connection.prepare('SELECT owner_pid FROM runs WHERE id = ?').get('r1')).toEqual({ owner_pid: process.pid });
  });

  it('keeps costs, checkpoints and parameters exactly, NaN and infinities included', () => {
    store.createExperiment(sampleExperiment('e1'), [sampleRun('r1', 'e1')]);
    store.markRunning('r1', '2024-05-01T10:00:01.000Z');
    store.appendCosts('r1', [0, 1, 2], new Float64Array([Infinity, 0.5, NaN]));
    store.appendCosts('r1', [3, 4], new Float64Array([-0, 1e-300]));
    store.putCheckpoint('r1', sampleCheckpoint(0));
    store.putCheckpoint('r1', sampleCheckpoint(5, false));
    finishDone('r1');
    const d = store.runDetail('r1')!;
    expect(d.status).toBe('done');
    expect(d.costs.map((c) => c.iteration)).toEqual([0, 1, 2, 3, 4]);
    expect(d.costs.map((c) => c.cost)).toEqual([Infinity, 0.5, NaN, -0, 1e-300]);
    expect(Object.is(d.costs[3].cost, -0)).toBe(true);
    expect(d.checkpoints).toEqual([sampleCheckpoint(0), sampleCheckpoint(5, false)]);
    expect(d.initialParams).toEqual(sampleParams(0));
    expect(d.finalParams).toEqual(sampleParams(1));
    expect(d.config).toEqual(sampleRun('r1', 'e1').config);
  });

  it('leaves out the heavy parts of a run when asked', () => {
    store.createExperiment(sampleExperiment('e1'), [sampleRun('r1', 'e1')]);
    store.appendCosts('r1', [0], new Float64Array([1]));
    finishDone('r1');
    const d = store.runDetail('r1', { costs: false, checkpoints: false, params: false })!;
    expect(d.costs).toEqual([]);
    expect(d.finalParams).toBeNull();
  });

  it('keeps a NaN final cost as null, since SQLite stores no NaN', () => {
    store.createExperiment(sampleExperiment('e1'), [sampleRun('r1', 'e1')]);
    store.finishRun('r1', {
      status: 'diverged',
      finishedAt: '2024-05-01T10:01:00.000Z',
      iterationsRun: 3,
      costEvery: 1,
      trainAccuracy: 0.5,
      testAccuracy: 0.5,
      finalCost: NaN,
      divergedAt: 2,
      firstNonFiniteIteration: 0,
      trainSeconds: 0.1,
      initialParams: null,
      finalParams: null,
    });
    const s = store.runSummary('r1')!;
    expect(s.status).toBe('diverged');
    expect(s.divergedAt).toBe(2);
    expect(s.finalCost).toBeNull();
  });

  it('filters runs by dataset, initializer, tag, status and search text', () => {
    store.createExperiment(sampleExperiment('e1'), [
      sampleRun('r1', 'e1', { tags: ['keep'] }),
      sampleRun('r2', 'e1', { name: 'zeros one', facts: { dataset: 'moons', init: 'zeros', initName: 'zeros', initSeed: 2, dataSeed: 3, iterations: 10 } }),
      sampleRun('r3', 'e1', { facts: { dataset: 'moons', init: 'he_normal:mode=fan_out', initName: 'he_normal', initSeed: 3, dataSeed: 3, iterations: 10 } }),
    ]);
    finishDone('r1');
    const ids = (q: Partial<RunListQuery>) => store.listRuns(query({ ...q, sort: 'initSeed', order: 'asc' })).runs.map((r) => r.id);
    expect(ids({ dataset: 'moons' })).toEqual(['r2', 'r3']);
    expect(ids({ init: 'he_normal' })).toEqual(['r3']);
    expect(ids({ init: 'he_normal:mode=fan_out' })).toEqual(['r3']);
    expect(ids({ tag: 'keep' })).toEqual(['r1']);
    expect(ids({ status: 'queued' })).toEqual(['r2', 'r3']);
    expect(ids({ status: ['done', 'failed'] })).toEqual(['r1']);
    expect(ids({ search: 'ZEROS' })).toEqual(['r2']);
    expect(ids({ search: 'kee' })).toEqual(['r1']);
    expect(ids({ search: '100%' })).toEqual([]);
  });

  it('sorts runs with missing values last and pages through them', () => {
    store.createExperiment(sampleExperiment('e1'), [sampleRun('r1', 'e1'), sampleRun('r2', 'e1'), sampleRun('r3', 'e1')]);
    finishDone('r2');
    const page = store.listRuns(query({ sort: 'trainAccuracy', order: 'desc', limit: 2 }));
    expect(page.total).toBe(3);
    expect(page.runs.map((r) => r.id)).toEqual(['r2', 'r3']);
    expect(store.listRuns(query({ sort: 'trainAccuracy', order: 'desc', limit: 2, offset: 2 })).runs.map((r) => r.id)).toEqual(['r1']);
  });

  it('renames, tags and annotates a run', () => {
    store.createExperiment(sampleExperiment('e1'), [sampleRun('r1', 'e1')]);
    expect(store.updateRun('r1', { name: 'best', tags: ['b', 'a', 'a'], notes: 'why' })).toBe(true);
    const s = store.runSummary('r1')!;
    expect([s.name, s.tags, s.notes]).toEqual(['best', ['a', 'b'], 'why']);
    expect(store.updateRun('nope', { name: 'x' })).toBe(false);
  });

  it('deletes runs with everything they recorded', () => {
    store.createExperiment(sampleExperiment('e1'), [sampleRun('r1', 'e1'), sampleRun('r2', 'e1')]);
    store.appendCosts('r1', [0], new Float64Array([1]));
    store.putCheckpoint('r1', sampleCheckpoint(0));
    finishDone('r1');
    expect(store.deleteRuns(['r1', 'missing'])).toBe(1);
    for (const t of ['cost_chunks', 'checkpoints', 'params', 'run_tags']) {
      expect(store.connection.prepare(`SELECT count(*) AS n FROM ${t}`).get()).toEqual({ n: 0 });
    }
    expect(store.experimentSummary('e1')!.runCount).toBe(1);
  });

  it('deletes an experiment with its runs', () => {
    store.createExperiment(sampleExperiment('e1'), [sampleRun('r1', 'e1'), sampleRun('r2', 'e1')]);
    expect(store.deleteExperiment('e1')).toBe(2);
    expect(store.runSummary('r1')).toBeNull();
    expect(store.deleteExperiment('e1')).toBe(-1);
  });

  it('marks runs of a dead process interrupted and leaves a live process alone', () => {
    store.createExperiment(sampleExperiment('e1'), [sampleRun('r1', 'e1'), sampleRun('r2', 'e1'), sampleRun('r3', 'e1')]);
    store.markRunning('r1', '2024-05-01T10:00:01.000Z');
    finishDone('r3');
    store.connection.prepare('UPDATE runs SET owner_pid = 999999999 WHERE id IN (?, ?)').run('r1', 'r2');
    const marked = store.markInterrupted({ isAlive: (pid) => pid !== 999999999 });
    expect(marked.map((r) => [r.id, r.status])).toEqual([
      ['r1', 'interrupted'],
      ['r2', 'interrupted'],
    ]);
    expect(store.runSummary('r1')!.errorMessage).toMatch(/while the run was training/);
    expect(store.runSummary('r2')!.errorMessage).toMatch(/before the run started/);
    expect(store.runSummary('r3')!.status).toBe('done');
  });

  it('does not mark its own live runs interrupted unless asked', () => {
    store.createExperiment(sampleExperiment('e1'), [sampleRun('r1', 'e1')]);
    expect(store.markInterrupted()).toEqual([]);
    expect(store.markInterrupted({ includeOwn: true }).map((r) => r.id)).toEqual(['r1']);
  });

  it('clears a run for a rerun and queues it again', () => {
    store.createExperiment(sampleExperiment('e1'), [sampleRun('r1', 'e1')]);
    store.appendCosts('r1', [0], new Float64Array([1]));
    store.endRun('r1', 'interrupted', 'stopped', '2024-05-01T10:02:00.000Z');
    expect(store.resetRun('r1')).toBe(true);
    const d = store.runDetail('r1')!;
    expect([d.status, d.costs.length, d.errorMessage, d.finishedAt]).toEqual(['queued', 0, null, null]);
  });
});

describe('RunStore: a run is finished only with everything it recorded', () => {
  it('refuses to store a run as done when fewer costs are stored than it recorded, and keeps it running', () => {
    store.createExperiment(sampleExperiment('e1'), [sampleRun('r1', 'e1')]);
    store.appendCosts('r1', [0, 1], new Float64Array([1, 0.5]));
    const fin = {
      status: 'done' as const,
      finishedAt: '2024-05-01T10:01:00.000Z',
      iterationsRun: 3,
      costEvery: 1,
      trainAccuracy: 0.9,
      testAccuracy: 0.8,
      finalCost: 0.1,
      divergedAt: null,
      firstNonFiniteIteration: null,
      trainSeconds: 0.5,
      initialParams: sampleParams(0),
      finalParams: sampleParams(1),
      expect: { costs: 3, checkpoints: 1, params: 2 },
    };
    expect(() => store.finishRun('r1', fin)).toThrow(/would be stored with 2 of 3 costs, 0 of 1 checkpoints/);
    expect(store.runSummary('r1')!.status).toBe('queued');
    expect(store.storedCounts('r1')).toEqual({ costs: 2, checkpoints: 0, params: 0 });
    store.finishRun('r1', { ...fin, trailingCosts: { iterations: [2], costs: new Float64Array([0.25]) }, trailingCheckpoints: [sampleCheckpoint(2)] });
    expect(store.runSummary('r1')!.status).toBe('done');
  });
});
