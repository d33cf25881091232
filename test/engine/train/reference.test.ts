import { describe, expect, it } from 'vitest';
import { RunConfigSchema, type RunConfigInput } from '../../../shared/contract/config';
import { trainRun } from '../../../shared/engine/train';
import type { CostPoint, Progress } from '../../../shared/engine/types';

function run(input: RunConfigInput, hooks = {}) {
  return trainRun(RunConfigSchema.parse(input), hooks);
}

const MOONS = { kind: 'moons', nTrain: 120, nTest: 40, noise: 0.15, seed: 4 } as const;

describe('trainRun', () => {
  it('gives bit-identical results for the same config run twice', () => {
    const cfg: RunConfigInput = {
      data: MOONS,
      network: { dims: [2, 8, 4, 1], activation: 'tanh' },
      optimizer: { name: 'adam', lr: 0.01, batchSize: 32 },
      iterations: 300,
      initSeed: 7,
      record: { checkpointEvery: 100, boundaryGrid: 20 },
    };
    const a = run(cfg);
    const b = run(cfg);
    expect(b.costs).toEqual(a.costs);
    expect(b.finalParams).toEqual(a.finalParams);
    expect(b.checkpoints).toEqual(a.checkpoints);
  });

  it('gives different weights for different init seeds and different data for different data seeds', () => {
    const base: RunConfigInput = { data: MOONS, network: { dims: [2, 4, 1] }, iterations: 1 };
    expect(run({ ...base, initSeed: 1 }).initialParams).not.toEqual(run({ ...base, initSeed: 2 }).initialParams);
    const d1 = run({ ...base, data: { ...MOONS, seed: 1 } });
    const d2 = run({ ...base, data: { ...MOONS, seed: 2 } });
    expect(d1.initialParams).toEqual(d2.initialParams);
    expect(d1.costs[0].cost).not.toBe(d2.costs[0].cost);
  });

  it('records the cost every costEvery iterations from 0, and checkpoints at 0, every checkpointEvery and the end', () => {
    const r = run({ iterations: 250, record: { costEvery: 40, checkpointEvery: 100, boundaryGrid: 0 } });
    expect(r.costs.map((c) => c.iteration)).toEqual([0, 40, 80, 120, 160, 200, 240]);
    expect(r.checkpoints.map((c) => c.iteration)).toEqual([0, 100, 200, 250]);
    expect(r.costEvery).toBe(40);
  });

  it('takes the cost of iteration i before the i-th update: a checkpoint at i has the same full-batch cost', () => {
    const r = run({ iterations: 201, record: { checkpointEvery: 100, boundaryGrid: 0 } });
    for (const c of r.checkpoints.filter((c) => c.iteration < 201)) expect(c.cost).toBe(r.costs[c.iteration].cost);
    expect(r.finalCost).toBe(r.checkpoints[r.checkpoints.length - 1].cost);
  });

  it('stops with a diverged status when the parameters blow up, keeping what it recorded', () => {
    const r = run({ data: MOONS, network: { dims: [2, 8, 1], activation: 'linear' }, loss: 'stable', optimizer: { lr: 1e300 }, iterations: 50 });
    expect(r.outcome).toBe('diverged');
    expect(r.divergedAt).not.toBeNull();
    expect(r.iterationsRun).toBeLessThan(50);
    expect(r.costs.length).toBeGreaterThan(0);
    expect(r.checkpoints[r.checkpoints.length - 1].iteration).toBe(r.iterationsRun);
  });

  it('stops when shouldStop says so, and still returns the state it reached', () => {
    let polls = 0;
    const r = run({ iterations: 10_000, record: { boundaryGrid: 0 } }, { shouldStop: () => ++polls >= 3 });
    expect(r.outcome).toBe('cancelled');
    expect(r.iterationsRun).toBeLessThan(100);
    expect(r.checkpoints[r.checkpoints.length - 1].iteration).toBe(r.iterationsRun);
    expect(r.costs).toHaveLength(r.iterationsRun);
  });

  it('throttles progress to the interval on the given clock and hands over every cost point once', () => {
    let t = 0;
    const progress: Progress[] = [];
    const streamed: CostPoint[] = [];
    const r = run(
      { iterations: 2000, record: { boundaryGrid: 0, checkpointEvery: 5000 } },
      { now: () => (t += 1), progressIntervalMs: 100, onProgress: (p: Progress) => progress.push(p), onCosts: (c: CostPoint[]) => streamed.push(...c) },
    );
    expect(streamed).toEqual(r.costs);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.length).toBeLessThan(2000 / 16);
    expect(progress[progress.length - 1]).toMatchObject({ iteration: 2000, iterations: 2000 });
  });

  it('measures trainSeconds on the given clock', () => {
    let t = 0;
    const r = run({ iterations: 32, record: { boundaryGrid: 0 } }, { now: () => (t += 1000) });
    expect(r.trainSeconds).toBeGreaterThan(0);
    expect(Number.isInteger(r.trainSeconds)).toBe(true);
  });

  it('calls onCheckpoint for every checkpoint it keeps', () => {
    const seen: number[] = [];
    const r = run({ iterations: 30, record: { checkpointEvery: 10, boundaryGrid: 0 } }, { onCheckpoint: (c: { iteration: number }) => seen.push(c.iteration) });
    expect(seen).toEqual(r.checkpoints.map((c) => c.iteration));
    expect(seen).toEqual([0, 10, 20, 30]);
  });

  it('learns the moons with every optimizer on mini-batches', () => {
    for (const name of ['sgd', 'momentum', 'adam'] as const) {
      const r = run({
        data: MOONS,
        network: { dims: [2, 16, 1], activation: 'tanh' },
        optimizer: { name, lr: name === 'adam' ? 0.02 : 0.5, batchSize: 16 },
        iterations: 1500,
        record: { checkpointEvery: 1500, boundaryGrid: 0 },
      });
      expect(r.finalCost).toBeLessThan(r.checkpoints[0].cost / 2);
      expect(r.trainAccuracy).toBeGreaterThan(0.85);
    }
  });

  it('treats a batch larger than the training set as full batch', () => {
    const full = run({ data: MOONS, optimizer: { name: 'sgd', batchSize: null }, network: { dims: [2, 4, 1] }, iterations: 20 });
    const big = run({ data: MOONS, optimizer: { name: 'sgd', batchSize: 10_000 }, network: { dims: [2, 4, 1] }, iterations: 20 });
    expect(big.costs).toEqual(full.costs);
  });

  it('trains from an LSUV start whose first layer has unit pre-activation variance', () => {
    const r = run({ data: MOONS, network: { dims: [2, 8, 8, 1], activation: 'tanh' }, init: { name: 'lsuv' }, iterations: 10, record: { boundaryGrid: 0 } });
    expect(Math.abs(r.checkpoints[0].layers[0].zStd ** 2 - 1)).toBeLessThan(0.1);
    expect(r.outcome).toBe('done');
  });

  it('starts every bias at the configured constant', () => {
    const r = run({ init: { name: 'he_normal', bias: 0.25 }, iterations: 1 });
    for (const b of r.initialParams.b) expect([...b].every((v) => v === 0.25)).toBe(true);
  });
});
