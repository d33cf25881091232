// Momentum as an exponentially weighted average of gradients: v ← β·v + (1 − β)·dW, W ← W − lr·v.
import type { Grads, Params } from '../types';
import type { Optimizer, OptimizerSettings } from './types';

/** A momentum optimizer; velocities start at zero (so early steps are damped by (1 − β)). */
export function createMomentum(params: Params, settings: OptimizerSettings): Optimizer {
  const { lr, momentum: beta } = settings;
  const vW = params.W.map((w) => new Float64Array(w.length));
  const vb = params.b.map((b) => new Float64Array(b.length));
  let steps = 0;
  const update = (p: Float64Array, g: Float64Array, v: Float64Array) => {
    for (let i = 0; i < p.length; i++) {
      v[i] = beta * v[i] + (1 - beta) * g[i];
      p[i] = p[i] - lr * v[i];
    }
  };
  return {
    step(p: Params, grads: Grads) {
      for (let l = 0; l < p.W.length; l++) {
        update(p.W[l], grads.dW[l], vW[l]);
        update(p.b[l], grads.db[l], vb[l]);
      }
      steps++;
    },
    state: () => ({ steps, vW: vW.map((v) => v.slice()), vb: vb.map((v) => v.slice()) }),
  };
}
