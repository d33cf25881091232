import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES } from '../../../shared/engine/nn/activations';
import { LOSS_NAMES } from '../../../shared/engine/nn/loss';
import { backward, createWorkspace, forward } from '../../../shared/engine/nn/network';
import type { Grads } from '../../../shared/engine/types';
import { costOf, randomProblem, relErr, type Problem } from './helpers';

const H = 1e-5;
// Central differences with h = 1e-5 are accurate to ~1e-10 absolute here; gradients below this are
// compared absolutely, since their relative error is all rounding.
const TINY = 1e-7;

function analytic(p: Problem, capacity = p.m): Grads {
  const ws = createWorkspace(p.net.dims, capacity);
  forward(p.net, p.params, p.X, p.m, ws);
  const g = backward(p.net, p.params, p.X, p.Y, p.m, ws);
  return { dW: g.dW.map((d) => d.slice()), db: g.db.map((d) => d.slice()) };
}

function worstDisagreement(p: Problem, loss: (typeof LOSS_NAMES)[number], g: Grads): number {
  let worst = 0;
  const check = (arr: Float64Array, grad: Float64Array) => {
    for (let i = 0; i < arr.length; i++) {
      const keep = arr[i];
      arr[i] = keep + H;
      const up = costOf(p, loss);
      arr[i] = keep - H;
      const down = costOf(p, loss);
      arr[i] = keep;
      const fd = (up - down) / (2 * H);
      const err = Math.max(Math.abs(fd), Math.abs(grad[i])) < TINY ? Math.abs(fd - grad[i]) : relErr(fd, grad[i]);
      worst = Math.max(worst, err);
    }
  };
  p.params.W.forEach((w, l) => check(w, g.dW[l]));
  p.params.b.forEach((b, l) => check(b, g.db[l]));
  return worst;
}

describe.each(ACTIVATION_NAMES)('backward pass with %s hidden layers', (act) => {
  it.each(LOSS_NAMES)('agrees with finite differences of the %s loss within 1e-6 relative', (loss) => {
    const p = randomProblem(act);
    expect(worstDisagreement(p, loss, analytic(p))).toBeLessThan(1e-6);
  });
});

describe('backward pass on a mini-batch', () => {
  it('agrees with finite differences when the batch is smaller than the workspace', () => {
    const p = randomProblem('tanh', [2, 6, 3, 1], 5, 4);
    expect(worstDisagreement(p, 'stable', analytic(p, 40))).toBeLessThan(1e-6);
  });

  it('agrees with finite differences for a single sample', () => {
    const p = randomProblem('elu', [2, 4, 1], 1, 6);
    expect(worstDisagreement(p, 'course', analytic(p))).toBeLessThan(1e-6);
  });
});
