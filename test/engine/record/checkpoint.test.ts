// What a checkpoint keeps for drawing the network and for Glorot & Bengio's histograms: the weights, the
// full-batch dW and the histograms of the back-propagated dA, each checked against a direct computation.
import { describe, expect, it } from 'vitest';
import { RunConfigSchema, type RunConfigInput } from '../../../shared/contract/config';
import { backward, createWorkspace, forward } from '../../../shared/engine/nn/network';
import { CHECKPOINT_PARAMS_LIMIT, weightCount } from '../../../shared/engine/record/checkpoint';
import { histogram } from '../../../shared/engine/record/histogram';
import { trainRun } from '../../../shared/engine/train';
import { prepareRun } from '../../../shared/engine/train/setup';

const config = (over: Partial<RunConfigInput> = {}) =>
  RunConfigSchema.parse({
    data: { kind: 'moons', nTrain: 60, nTest: 20, noise: 0.2, seed: 3 },
    network: { dims: [2, 5, 3, 1], activation: 'tanh' },
    init: { name: 'xavier_uniform' },
    optimizer: { name: 'gd', lr: 0.5 },
    iterations: 20,
    record: { costEvery: 1, checkpointEvery: 10, boundaryGrid: 0, histogramBins: 8 },
    ...over,
  });

/** The reference's own full-batch passes at the run's initial parameters. */
function initialPasses() {
  const setup = prepareRun(config());
  const m = setup.dataset.nTrain;
  const ws = createWorkspace(setup.net.dims, m);
  forward(setup.net, setup.initialParams, setup.xTrain, m, ws);
  backward(setup.net, setup.initialParams, setup.xTrain, setup.dataset.yTrain, m, ws);
  return { setup, ws, m };
}

describe('checkpoints of a small net', () => {
  it('keep the weights at each checkpoint: the initial ones first, the final ones last', () => {
    const run = trainRun(config(), {}, { path: 'reference' });
    expect(run.checkpoints.map((c) => c.iteration)).toEqual([0, 10, 20]);
    expect(run.checkpoints[0].params?.W).toEqual(run.initialParams.W);
    expect(run.checkpoints[2].params?.W).toEqual(run.finalParams.W);
  });

  it('keep the gradient of the cost over the whole training set, as the backward pass computes it', () => {
    const { ws } = initialPasses();
    const run = trainRun(config(), {}, { path: 'reference' });
    expect(run.checkpoints[0].params?.dW).toEqual(ws.grads.dW);
  });

  it("histogram each layer's back-propagated dA = W_{l+1}ᵀ·dZ_{l+1}, and the output layer's dZ", () => {
    const { setup, ws, m } = initialPasses();
    const { W } = setup.initialParams;
    const dims = setup.net.dims;
    const hist = trainRun(config(), {}, { path: 'reference' }).checkpoints[0].histograms!;
    for (let l = 0; l < dims.length - 2; l++) {
      const n = dims[l + 1];
      const next = dims[l + 2];
      const dA = new Float64Array(n * m);
      for (let k = 0; k < n; k++) for (let i = 0; i < next; i++) for (let j = 0; j < m; j++) dA[k * m + j] += W[l + 1][i * n + k] * ws.dZ[l + 1][i * m + j];
      expect(hist[l].gradients).toEqual(histogram(dA, 8));
    }
    expect(hist[2].gradients).toEqual(histogram(ws.dZ[2], 8, m));
    for (const h of hist) expect(h.gradients!.counts.reduce((a, b) => a + b, 0)).toBe(dims[h.layer] * m);
  });

  it('record the dA histograms when per-layer statistics are off, the same as when they are on', () => {
    const on = trainRun(config(), {}, { path: 'reference' }).checkpoints[1].histograms;
    const off = trainRun(config({ record: { costEvery: 1, checkpointEvery: 10, boundaryGrid: 0, histogramBins: 8, layerStats: false } }), {}, { path: 'reference' }).checkpoints[1];
    expect(off.histograms).toEqual(on);
    expect(off.params).toBeUndefined();
  });

  it(`leave the weights out above ${CHECKPOINT_PARAMS_LIMIT} weights`, () => {
    const dims = [2, 64, 64, 1];
    expect(weightCount(dims)).toBeGreaterThan(CHECKPOINT_PARAMS_LIMIT);
    const run = trainRun(config({ network: { dims, activation: 'relu' }, iterations: 2 }), {}, { path: 'reference' });
    expect(run.checkpoints[0].params).toBeUndefined();
    expect(run.checkpoints[0].histograms?.[0].gradients).toBeDefined();
  });
});
