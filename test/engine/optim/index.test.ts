import { describe, expect, it } from 'vitest';
import { OPTIMIZER_NAMES, OPTIMIZERS } from '../../../shared/engine/optim';
import { backward, createWorkspace, forward } from '../../../shared/engine/nn/network';
import type { Params } from '../../../shared/engine/types';
import { costOf, randomProblem, relErr } from '../nn/helpers';
import { settings } from './helpers';

function shifted(p: Params, before: number[][], after: number[][], sign: number): Params {
  const all = [...p.W, ...p.b].map((a, k) => Float64Array.from(a, (_, i) => before[k][i] + sign * (after[k][i] - before[k][i])));
  return { dims: p.dims, W: all.slice(0, p.W.length), b: all.slice(p.W.length) };
}

describe.each(OPTIMIZER_NAMES)('%s update', (name) => {
  it('changes the cost as its gradient predicts: central difference along the step within 1e-6 relative', () => {
    const prob = randomProblem('tanh', [3, 5, 4, 1], 9, 3);
    const ws = createWorkspace(prob.net.dims, prob.m);
    const opt = OPTIMIZERS[name].create(prob.params, settings(1e-4));
    // A few steps first so momentum and Adam carry state into the checked step.
    for (let t = 0; t < 4; t++) {
      forward(prob.net, prob.params, prob.X, prob.m, ws);
      const g = backward(prob.net, prob.params, prob.X, prob.Y, prob.m, ws);
      const before = [...prob.params.W, ...prob.params.b].map((a) => [...a]);
      const grads = [...g.dW, ...g.db].map((a) => [...a]);
      opt.step(prob.params, g);
      const after = [...prob.params.W, ...prob.params.b].map((a) => [...a]);
      const predicted = grads.reduce((s, gk, k) => s + gk.reduce((t2, gi, i) => t2 + gi * (after[k][i] - before[k][i]), 0), 0);
      const actual = (costOf(prob, 'stable', shifted(prob.params, before, after, 1)) - costOf(prob, 'stable', shifted(prob.params, before, after, -1))) / 2;
      expect(predicted).toBeLessThan(0);
      expect(relErr(actual, predicted)).toBeLessThan(1e-6);
    }
  });
});
