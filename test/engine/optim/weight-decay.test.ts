// L2 weight decay against the formula written out by hand: the cost gains λ/2·Σ‖W‖² and one gradient-descent
// update is W − lr·(dW + λ·W) (biases as without decay), computed here from the network's own passes.
import { describe, expect, it } from 'vitest';
import { COURSE_PRESET, RunConfigSchema, type RunConfig } from '../../../shared/contract/config';
import { backward, createWorkspace, forward } from '../../../shared/engine/nn/network';
import { pairwiseSum } from '../../../shared/engine/nn/sum';
import { prepareRun, trainRun } from '../../../shared/engine/train';

const LAMBDA = 0.05;
const config = (weightDecay: number, iterations: number): RunConfig =>
  RunConfigSchema.parse({ ...COURSE_PRESET, optimizer: { ...COURSE_PRESET.optimizer, weightDecay }, iterations, record: { ...COURSE_PRESET.record, checkpointEvery: 1 } });

describe('L2 weight decay', () => {
  it('adds λ/2·Σ‖W‖² to the cost of the same weights, recorded and at checkpoints alike', () => {
    const plain = trainRun(config(0, 1), {}, { path: 'reference' });
    const decayed = trainRun(config(LAMBDA, 1), {}, { path: 'reference' });
    const W0 = prepareRun(config(LAMBDA, 1)).initialParams.W;
    const squares = W0.map((w) => pairwiseSum(w.map((v) => v * v), 0, w.length)).reduce((a, b) => a + b, 0);
    const expected = plain.costs[0].cost + (LAMBDA / 2) * squares;
    expect(decayed.costs[0].cost).toBe(expected);
    expect(decayed.checkpoints[0].cost).toBe(plain.checkpoints[0].cost + (LAMBDA / 2) * squares);
  });

  it('takes one gradient-descent step of W − lr·(dW + λ·W), leaving the biases as without decay', () => {
    const c = config(LAMBDA, 1);
    const setup = prepareRun(c);
    const ws = createWorkspace(setup.net.dims, setup.dataset.nTrain);
    forward(setup.net, setup.initialParams, setup.xTrain, setup.dataset.nTrain, ws);
    const g = backward(setup.net, setup.initialParams, setup.xTrain, setup.dataset.yTrain, setup.dataset.nTrain, ws);
    const lr = c.optimizer.lr;
    const result = trainRun(c, {}, { path: 'reference' });
    setup.initialParams.W.forEach((W, l) => {
      const expected = W.map((w, i) => w - lr * (g.dW[l][i] + LAMBDA * w));
      expect(result.finalParams.W[l]).toEqual(expected);
      expect(result.finalParams.b[l]).toEqual(setup.initialParams.b[l].map((b, i) => b - lr * g.db[l][i]));
    });
  });

  it('trains exactly as before at λ = 0, given or left out', () => {
    const given = RunConfigSchema.parse({ ...COURSE_PRESET, optimizer: { ...COURSE_PRESET.optimizer, weightDecay: 0 }, iterations: 200 });
    expect(given.optimizer).not.toHaveProperty('weightDecay');
    const left = { ...COURSE_PRESET, iterations: 200 };
    const { trainSeconds: _a, ...a } = trainRun(given, {}, { path: 'reference' });
    const { trainSeconds: _b, ...b } = trainRun(left, {}, { path: 'reference' });
    expect(a).toEqual(b);
  });

  it('shrinks the weights: a decayed run ends with a smaller Σ‖W‖² than the same run without', () => {
    const norm = (r: ReturnType<typeof trainRun>) => r.finalParams.W.reduce((s, w) => s + w.reduce((t, v) => t + v * v, 0), 0);
    expect(norm(trainRun(config(LAMBDA, 300)))).toBeLessThan(norm(trainRun(config(0, 300))));
  });
});
