import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RunStore, type RunFinish } from '../../../electron/store/run-store';
import { sampleCheckpoint, sampleExperiment, sampleParams, sampleRun } from '../helpers/samples';

let dir: string;
let path: string;
let store: RunStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'init-lab-prior-'));
  path = join(dir, 'lab.sqlite');
  store = RunStore.open({ path });
  store.createExperiment(sampleExperiment('e1'), [sampleRun('r1', 'e1')]);
  store.appendCosts('r1', [0, 1, 2], new Float64Array([Infinity, 0.5, 0.25]));
  store.putCheckpoint('r1', sampleCheckpoint(0));
  store.finishRun('r1', finish(0.25));
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function finish(finalCost: number): RunFinish {
  return {
    status: 'done',
    finishedAt: '2024-05-01T10:01:00.000Z',
    iterationsRun: 3,
    costEvery: 1,
    trainAccuracy: 0.9,
    testAccuracy: 0.8,
    finalCost,
    divergedAt: null,
    firstNonFiniteIteration: null,
    trainSeconds: 0.5,
    initialParams: sampleParams(0),
    finalParams: sampleParams(1),
  };
}

describe('a rerun keeps the earlier result until the new one is stored', () => {
  it('gives the earlier result back, numbers and data exact, when the rerun fails', () => {
    const before = store.runDetail('r1');
    store.resetRun('r1');
    expect(store.runSummary('r1')!.status).toBe('queued');
    store.appendCosts('r1', [0], new Float64Array([9]));
    store.endRun('r1', 'failed', 'boom', '2024-05-02T00:00:00.000Z');
    expect(store.runDetail('r1')).toEqual(before);
  });

  it('gives the earlier result back when the process dies mid-rerun and the store is opened again', () => {
    const before = store.runDetail('r1');
    store.resetRun('r1');
    store.appendCosts('r1', [0], new Float64Array([9]));
    store.close();
    store = RunStore.open({ path });
    expect(store.markInterrupted({ includeOwn: true, isAlive: () => false }).map((r) => r.status)).toEqual(['done']);
    expect(store.runDetail('r1')).toEqual(before);
  });

  it('replaces the earlier result once the new one is stored, leaving nothing set aside', () => {
    store.resetRun('r1');
    store.appendCosts('r1', [0, 1, 2], new Float64Array([1, 0.5, 0.125]));
    store.finishRun('r1', finish(0.125));
    const run = store.runDetail('r1')!;
    expect([run.status, run.finalCost, run.costs.map((c) => c.cost)]).toEqual(['done', 0.125, [1, 0.5, 0.125]]);
    const left = store.connection.prepare(`SELECT (SELECT count(*) FROM prior_cost_chunks) + (SELECT count(*) FROM prior_params) + (SELECT count(*) FROM runs WHERE prior_result IS NOT NULL) AS n`).get() as { n: number };
    expect(left.n).toBe(0);
  });

  it('keeps nothing of an interrupted run: a cancelled rerun of it ends cancelled', () => {
    store.createExperiment(sampleExperiment('e2'), [sampleRun('r2', 'e2')]);
    store.appendCosts('r2', [0], new Float64Array([0.7]));
    store.endRun('r2', 'interrupted', null, '2024-05-02T00:00:00.000Z');
    store.resetRun('r2');
    store.endRun('r2', 'cancelled', null, '2024-05-02T00:01:00.000Z');
    const run = store.runDetail('r2')!;
    expect([run.status, run.costs.length]).toEqual(['cancelled', 0]);
  });
});
