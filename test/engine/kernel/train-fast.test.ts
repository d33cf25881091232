// The fast path against the reference loop. Every recorded number must be identical, not merely close:
// the kernels perform the reference's floating-point operations in the reference's order, so equality
// (which implies the required 1e-12 agreement) holds on every platform, chaotic runs included.
import { describe, expect, it } from 'vitest';
import { COURSE_PRESET, RunConfigSchema, type RunConfig, type RunConfigInput } from '../../../shared/contract/config';
import { ACTIVATION_NAMES } from '../../../shared/engine/nn/activations';
import { OPTIMIZER_NAMES } from '../../../shared/engine/optim';
import { trainRun, type TrainPath } from '../../../shared/engine/train';
import type { Dataset, RunResult } from '../../../shared/engine/types';
import { byteImageSet } from '../helpers/image-set';
import { WHOLE_SET_KERNEL_BYTES } from '../../../shared/engine/kernel/checkpoints';

function both(config: RunConfig, hooks = {}): [RunResult, RunResult] {
  const run = (path: TrainPath) => trainRun(config, hooks, { path });
  return [run('fast'), run('reference')];
}

function expectSame(fast: RunResult, ref: RunResult): void {
  const { trainSeconds: _a, ...f } = fast;
  const { trainSeconds: _b, ...r } = ref;
  expect(f.costs).toEqual(r.costs);
  expect(f.finalParams).toEqual(r.finalParams);
  expect(f.checkpoints).toEqual(r.checkpoints);
  expect(f).toEqual(r);
}

const parse = (input: RunConfigInput): RunConfig => RunConfigSchema.parse(input);

const ARCHS = [
  [2, 10, 5, 1],
  [2, 7, 3, 9, 1],
  [2, 1, 1],
  [2, 16, 16, 16, 1],
];
const DATA = [
  { kind: 'moons', nTrain: 150, nTest: 50, noise: 0.2, seed: 2 },
  { kind: 'spiral', nTrain: 97, nTest: 31, noise: 0.1, seed: 5 },
  { kind: 'xor', nTrain: 64, nTest: 0, noise: 0.1, seed: 1 },
  { kind: 'circles', nTrain: 203, nTest: 41, noise: 0.08, seed: 9 },
] as const;
const BATCHES = { gd: null, sgd: 32, momentum: 17, adam: 50 } as const;

describe('the fast path', () => {
  ACTIVATION_NAMES.forEach((activation, a) => {
    OPTIMIZER_NAMES.forEach((optimizer, o) => {
      const k = a + o;
      const dims = ARCHS[k % ARCHS.length];
      const loss = k % 2 === 0 ? 'course' : 'stable';
      it(`records exactly what the reference records: ${activation}, ${optimizer}, ${loss} loss, [${dims}]`, () => {
        const config = parse({
          data: DATA[k % DATA.length],
          network: { dims, activation, activationParams: activation === 'leaky_relu' ? { slope: 0.05 } : {} },
          init: { name: k % 3 === 0 ? 'xavier_uniform' : 'he_normal', bias: k % 2 === 0 ? 0 : 0.1 },
          initSeed: k + 1,
          optimizer: { name: optimizer, lr: optimizer === 'adam' ? 0.01 : 0.1, batchSize: BATCHES[optimizer] },
          iterations: 120,
          loss,
          record: { costEvery: 1, checkpointEvery: 50, boundaryGrid: 9, histogramBins: 7 },
        });
        expectSame(...both(config));
      });
    });
  });

  // L2 weight decay runs in the shared loop (optim/weight-decay.ts) on the fast path's own parameters and gradients.
  OPTIMIZER_NAMES.forEach((optimizer, o) => {
    it(`records exactly what the reference records with L2 weight decay: ${optimizer}`, () => {
      const config = parse({
        data: DATA[o % DATA.length],
        network: { dims: ARCHS[o % ARCHS.length], activation: o % 2 === 0 ? 'tanh' : 'relu' },
        init: { name: 'he_normal' },
        initSeed: o + 3,
        optimizer: { name: optimizer, lr: optimizer === 'adam' ? 0.01 : 0.1, batchSize: BATCHES[optimizer], weightDecay: 0.01 * (o + 1) },
        iterations: 120,
        loss: o % 2 === 0 ? 'course' : 'stable',
        record: { costEvery: 1, checkpointEvery: 40, boundaryGrid: 5, histogramBins: 4 },
      });
      const [fast, ref] = both(config);
      expect(fast.costs[0].cost).not.toBe(trainRun({ ...config, optimizer: { ...config.optimizer, weightDecay: undefined } }, {}, { path: 'fast' }).costs[0].cost);
      expectSame(fast, ref);
    });
  });

  it('trains K softmax outputs with L2 weight decay exactly as the reference', () => {
    const rows = Array.from({ length: 90 }, (_, i) => [Math.sin(i), Math.cos(3 * i), (i % 7) / 7]);
    const config = parse({
      data: { kind: 'csv', featureNames: ['a', 'b', 'c'], x: rows, y: rows.map((_, i) => i % 4), classes: ['w', 'x', 'y', 'z'], testFraction: 0.3 },
      network: { dims: [3, 9, 6, 4], activation: 'elu' },
      optimizer: { name: 'momentum', lr: 0.05, batchSize: 25, weightDecay: 0.003 },
      iterations: 60,
      record: { checkpointEvery: 20 },
    });
    expectSame(...both(config));
  });

  it('follows the course random ×10 run through its infinite and chaotic start exactly', () => {
    const config = { ...COURSE_PRESET, init: { name: 'random', params: {}, bias: 0 }, iterations: 400, record: { ...COURSE_PRESET.record, checkpointEvery: 100 } };
    const [fast, ref] = both(config);
    expect(fast.costs[0].cost).toBe(Infinity);
    expectSame(fast, ref);
  });

  it("records the same weights, full-batch gradients and dA histograms at every checkpoint as the reference, mini-batch too", () => {
    for (const batchSize of [null, 16]) {
      const config = parse({
        data: DATA[0],
        network: { dims: [2, 6, 4, 1], activation: 'tanh' },
        optimizer: { name: 'sgd', lr: 0.1, batchSize },
        iterations: 40,
        record: { costEvery: 1, checkpointEvery: 20, boundaryGrid: 0, histogramBins: 5 },
      });
      const [fast, ref] = both(config);
      expect(fast.checkpoints.every((c) => c.params && c.histograms?.every((h) => h.gradients))).toBe(true);
      expect(fast.checkpoints.map((c) => [c.params, c.histograms])).toEqual(ref.checkpoints.map((c) => [c.params, c.histograms]));
    }
  });

  it('reproduces the zeros run, where every unit stays identical', () => {
    const config = { ...COURSE_PRESET, init: { name: 'zeros', params: {}, bias: 0 }, iterations: 300 };
    expectSame(...both(config));
  });

  it('diverges at the same iteration with the same record', () => {
    const config = parse({ data: DATA[0], network: { dims: [2, 8, 1], activation: 'linear' }, loss: 'stable', optimizer: { lr: 1e300 }, iterations: 50 });
    const [fast, ref] = both(config);
    expect(fast.outcome).toBe('diverged');
    expectSame(fast, ref);
  });

  it('trains wide layers (64 units) on 1000 points exactly as the reference', () => {
    const config = parse({
      data: { kind: 'circles', nTrain: 1000, nTest: 200, noise: 0.1, seed: 3 },
      network: { dims: [2, 64, 64, 64, 1], activation: 'relu' },
      iterations: 6,
      record: { checkpointEvery: 5, boundaryGrid: 0 },
    });
    expectSame(...both(config));
  });

  it('takes features from a CSV with more than two columns, and no boundary grid', () => {
    const rows = Array.from({ length: 60 }, (_, i) => [Math.sin(i), Math.cos(3 * i), (i % 7) / 7]);
    const config = parse({
      data: { kind: 'csv', featureNames: ['a', 'b', 'c'], x: rows, y: rows.map((r) => (r[0] + r[1] > 0 ? 1 : 0)) },
      network: { dims: [3, 5, 1], activation: 'selu' },
      optimizer: { name: 'momentum', lr: 0.05, batchSize: 13 },
      iterations: 40,
      record: { checkpointEvery: 15 },
    });
    expectSame(...both(config));
  });

  for (const [activation, optimizer, batchSize] of [['tanh', 'gd', null], ['relu', 'adam', 16], ['sigmoid', 'sgd', 7]] as const) {
    it(`trains K softmax outputs exactly as the reference: ${activation}, ${optimizer}, every checkpoint field (confusion, per-class accuracy)`, () => {
      const rows = Array.from({ length: 90 }, (_, i) => [Math.sin(i), Math.cos(3 * i), (i % 7) / 7]);
      const config = parse({
        data: { kind: 'csv', featureNames: ['a', 'b', 'c'], x: rows, y: rows.map((_, i) => i % 4), classes: ['w', 'x', 'y', 'z'], testFraction: 0.3 },
        network: { dims: [3, 9, 6, 4], activation },
        optimizer: { name: optimizer, lr: 0.05, batchSize },
        iterations: 60,
        record: { checkpointEvery: 20 },
      });
      const [fast, ref] = both(config);
      expect(ref.checkpoints[0].confusion).toHaveLength(4);
      expectSame(fast, ref);
    });
  }

  it('stops at the same update when cancelled', () => {
    let polls = 0;
    const config = parse({ iterations: 5000, record: { boundaryGrid: 0 } });
    const fast = trainRun(config, { shouldStop: () => ++polls >= 3 }, { path: 'fast' });
    polls = 0;
    const ref = trainRun(config, { shouldStop: () => ++polls >= 3 }, { path: 'reference' });
    expect(fast.outcome).toBe('cancelled');
    expectSame(fast, ref);
  });

  it('is what trainRun uses by default', () => {
    const config = parse({ iterations: 3, record: { boundaryGrid: 0 } });
    const hooks = { now: () => 0 };
    expect(trainRun(config, hooks)).toEqual(trainRun(config, hooks, { path: 'fast' }));
  });
});

// The kernels' own parameter update (kernel/update.ts) and mini-batch loading (kernel/load-batch.ts).
describe("the fast path's update and batch loading", () => {
  const rows = Array.from({ length: 90 }, (_, i) => [Math.sin(i), Math.cos(3 * i), (i % 7) / 7]);
  // 63 training rows: batches of 10 leave a last batch of 3 each epoch, of 17 one of 12.
  const csv = { kind: 'csv' as const, featureNames: ['a', 'b', 'c'], x: rows, y: rows.map((_, i) => i % 3), classes: ['u', 'v', 'w'], testFraction: 0.3 };

  for (const [optimizer, batchSize, weightDecay] of [
    ['sgd', 10, 0],
    ['sgd', 17, 0.02],
    ['momentum', 10, 0],
    ['momentum', 17, 0.02],
    ['adam', 10, 0],
    ['adam', 17, 0.02],
  ] as const) {
    it(`records exactly what the reference records on float CSV inputs with a short last batch: ${optimizer}, batch ${batchSize}, weight decay ${weightDecay}`, () => {
      const config = parse({
        data: csv,
        network: { dims: [3, 7, 5, 3], activation: 'tanh' },
        optimizer: { name: optimizer, lr: optimizer === 'adam' ? 0.01 : 0.2, batchSize, weightDecay },
        iterations: 45,
        record: { costEvery: 1, checkpointEvery: 11, histogramBins: 4 },
      });
      expectSame(...both(config));
    });
  }

  // Features of 1e200 unscaled: the first update overflows the weights while the cost before it is finite,
  // so the run stops on the parameters' divergence test, not on the cost.
  for (const optimizer of OPTIMIZER_NAMES) {
    it(`stops at the same update when the parameters become non-finite: ${optimizer}`, () => {
      const big = rows.map((r, i) => [1e200 * r[0], r[1], r[2] + (i % 2)]);
      const config = parse({
        data: { ...csv, x: big, standardize: false },
        network: { dims: [3, 5, 3], activation: 'linear' },
        optimizer: { name: optimizer, lr: optimizer === 'adam' ? 1e308 : 1e200, batchSize: BATCHES[optimizer] },
        iterations: 30,
        record: { costEvery: 1 },
      });
      const [fast, ref] = both(config);
      expect(ref.outcome).toBe('diverged');
      expect(ref.divergedAt).toBe(ref.iterationsRun);
      expect(ref.costs.every((c) => Number.isFinite(c.cost))).toBe(true);
      expectSame(fast, ref);
    });
  }
});

describe('the fast path on an image set held as bytes', () => {
  const imageSet = (nTrain: number, nTest: number, side: number): Dataset => byteImageSet(nTrain, nTest, side);
  const ref = { path: '/nowhere/images', sha256: '0'.repeat(64) };
  const config = (side: number, batchSize: number | null) =>
    parse({
      // The loader below supplies the set; the config names files of its shape.
      data: { kind: 'idx', trainImages: ref, trainLabels: ref, testImages: ref, testLabels: ref, width: side, height: side, classes: ['a', 'b', 'c'] },
      network: { dims: [side * side, 6, 3], activation: 'tanh' },
      init: { name: 'xavier_normal' },
      optimizer: { name: batchSize ? 'sgd' : 'gd', lr: 0.1, batchSize },
      iterations: 12,
      record: { costEvery: 1, checkpointEvery: 5, histogramBins: 8 },
    });

  it.each([null, 40])('trains a small set exactly as the reference (batch size %s)', (batchSize) => {
    const ds = imageSet(300, 70, 6);
    const run = (path: TrainPath) => trainRun(config(6, batchSize), {}, { path, loadData: () => ds });
    expectSame(run('fast'), run('reference'));
  });

  // 5 × 5 = 25 features (a last panel of one) and 301 samples (a last batch of 21 or 1).
  it.each([
    ['sgd', 40],
    ['momentum', 60],
    ['adam', 30],
  ] as const)('trains an odd-sized set in batches with a short last one exactly as the reference: %s, batch %s', (optimizer, batchSize) => {
    const ds = imageSet(301, 40, 5);
    const base = config(5, batchSize);
    const c = { ...base, optimizer: { ...base.optimizer, name: optimizer, lr: optimizer === 'adam' ? 0.01 : 0.1 }, iterations: 32 };
    const run = (path: TrainPath) => trainRun(c, {}, { path, loadData: () => ds });
    expectSame(run('fast'), run('reference'));
  });

  it('takes checkpoints of a set too large to load whole into the kernels in chunks, exactly as the reference', () => {
    const side = 28;
    const nTrain = Math.ceil(WHOLE_SET_KERNEL_BYTES / (16 * side * side)) + 5;
    const ds = imageSet(nTrain, 1500, side);
    const run = (path: TrainPath) => trainRun(config(side, 100), {}, { path, loadData: () => ds });
    expectSame(run('fast'), run('reference'));
  });
});
