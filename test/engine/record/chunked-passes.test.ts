// The training set's checkpoint numbers taken a chunk of samples at a time, hidden layers whole or a block of
// units at a time, against the same numbers from one pass over the whole set: equal bit for bit.
import { describe, expect, it } from 'vitest';
import { RunConfigSchema, type RunConfigInput } from '../../../shared/contract/config';
import { backward, createWorkspace, forward } from '../../../shared/engine/nn/network';
import { checkpointFromPasses, checkpointFromSummary, type CheckpointInputs } from '../../../shared/engine/record/checkpoint';
import { DEFAULT_PASS_PLAN, summariseTraining, summaryBuffers, type PassPlan } from '../../../shared/engine/record/chunked-passes';
import { byteImageSet } from '../helpers/image-set';
import { prepareRun } from '../../../shared/engine/train/setup';
import type { Checkpoint, Dataset } from '../../../shared/engine/types';

/** Every number as its 64 bits, so −0 and 0, and NaNs, are told apart as a whole-set pass writes them. */
function bits(v: unknown): unknown {
  if (typeof v === 'number') {
    const b = new DataView(new ArrayBuffer(8));
    b.setFloat64(0, v);
    return b.getBigUint64(0).toString(16);
  }
  if (ArrayBuffer.isView(v)) return Array.from(v as Float64Array, bits);
  if (Array.isArray(v)) return v.map(bits);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, bits(x)]));
  return v;
}

/** The checkpoint at a run's initial parameters from one whole-set pass, and from chunked passes under each plan. */
function checkpoints(over: Partial<RunConfigInput>, plans: PassPlan[], data?: Dataset): { whole: Checkpoint; chunked: Checkpoint[] } {
  const config = RunConfigSchema.parse({
    data: { kind: 'moons', nTrain: 203, nTest: 20, noise: 0.2, seed: 3 },
    network: { dims: [2, 9, 5, 1], activation: 'tanh' },
    init: { name: 'xavier_uniform' },
    optimizer: { name: 'gd', lr: 0.5 },
    iterations: 1,
    record: { costEvery: 1, checkpointEvery: 1, boundaryGrid: 0, histogramBins: 11, layerStats: true },
    ...over,
  });
  const setup = prepareRun(config, data && (() => data));
  const inputs: CheckpointInputs = { ...setup, record: config.record };
  const params = setup.initialParams;
  const m = setup.dataset.nTrain;
  const ws = createWorkspace(setup.net.dims, m);
  forward(setup.net, params, setup.xTrain, m, ws);
  backward(setup.net, params, setup.xTrain, setup.dataset.yTrain, m, ws);
  return {
    whole: checkpointFromPasses(inputs, params, 0, ws, null, null),
    // Each plan's second summary, on buffers the first one (at other parameters) filled: nothing carries over.
    chunked: plans.map((plan) => {
      const buffers = summaryBuffers();
      summariseTraining(inputs, { ...params, W: params.W.map((W) => W.map((v) => -2 * v)) }, plan, buffers);
      return checkpointFromSummary(inputs, params, 0, summariseTraining(inputs, params, plan, buffers), null, null);
    }),
  };
}

const csv = (classes: number) => {
  let s = 7;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const x = Array.from({ length: 257 }, () => Array.from({ length: 5 }, () => rnd() * 4 - 2));
  return {
    kind: 'csv' as const,
    featureNames: ['a', 'b', 'c', 'd', 'e'],
    x,
    y: x.map((r) => (r[0] + r[1] > 0.5 ? classes - 1 : r[2] > 0 ? 1 : 0)),
    classes: Array.from({ length: classes }, (_, i) => String(i)),
  };
};

const imageSet = (nTrain: number, nTest: number, side: number): Dataset => byteImageSet(nTrain, nTest, side);

// One chunk holding every sample and every layer; chunks of awkward sizes; blocks of units down to one unit a block.
const plans = (m: number): PassPlan[] => [
  { chunk: m, budget: Infinity },
  DEFAULT_PASS_PLAN,
  { chunk: 37, budget: Infinity },
  { chunk: 64, budget: m * 3 },
  { chunk: 1, budget: m * 2 },
  { chunk: 50, budget: 1 },
];

describe('checkpoints from chunked passes', () => {
  it('equal the whole-set pass: one sigmoid unit, tanh, three hidden layers', () => {
    const { whole, chunked } = checkpoints({ network: { dims: [2, 9, 4, 6, 1], activation: 'tanh' } }, plans(203));
    expect(whole.layers).toHaveLength(4);
    for (const c of chunked) expect(bits(c)).toEqual(bits(whole));
  });

  it('equal the whole-set pass: softmax outputs, ReLU (dead units counted), a CSV set', () => {
    const { whole, chunked } = checkpoints(
      { data: csv(3), network: { dims: [5, 8, 7, 3], activation: 'relu' }, init: { name: 'he_normal' } },
      plans(205),
    );
    expect(whole.layers[0].deadFraction).toBeGreaterThan(0);
    for (const c of chunked) expect(bits(c)).toEqual(bits(whole));
  });

  it('equal the whole-set pass: one hidden layer, whole or in blocks of units down to one', () => {
    for (const [dims, activation] of [
      [[2, 9, 1], 'sigmoid'],
      [[5, 7, 3], 'relu'],
    ] as const) {
      const data = dims[0] === 5 ? { data: csv(3) } : {};
      const { whole, chunked } = checkpoints({ ...data, network: { dims: [...dims], activation } }, plans(205));
      for (const c of chunked) expect(bits(c)).toEqual(bits(whole));
    }
  });

  it('equal the whole-set pass with histograms and no layer statistics, and with neither', () => {
    for (const record of [
      { costEvery: 1, checkpointEvery: 1, histogramBins: 7, layerStats: false },
      { costEvery: 1, checkpointEvery: 1, histogramBins: 0, layerStats: false },
      { costEvery: 1, checkpointEvery: 1, histogramBins: 0, layerStats: true },
    ]) {
      const { whole, chunked } = checkpoints({ record }, plans(203));
      for (const c of chunked) expect(bits(c)).toEqual(bits(whole));
    }
  });

  it('equal the whole-set pass on images held as bytes, one hidden layer and two', () => {
    const side = 12;
    const m = 1500;
    const ds = imageSet(m, 40, side);
    const ref = { path: '/nowhere/images', sha256: '0'.repeat(64) };
    for (const dims of [
      [side * side, 12, 3],
      [side * side, 6, 5, 3],
    ]) {
      const { whole, chunked } = checkpoints(
        {
          // The loader supplies the set; the config names files of its shape.
          data: { kind: 'idx', trainImages: ref, trainLabels: ref, testImages: ref, testLabels: ref, width: side, height: side, classes: ['a', 'b', 'c'] },
          network: { dims, activation: 'relu' },
          init: { name: 'he_normal' },
          record: { costEvery: 1, checkpointEvery: 1, histogramBins: 20 },
        },
        [DEFAULT_PASS_PLAN, { chunk: 333, budget: m * 5 }, { chunk: 256, budget: 1 }, { chunk: 1000, budget: m * 12 }],
        ds,
      );
      for (const c of chunked) expect(bits(c)).toEqual(bits(whole));
    }
  });
});
