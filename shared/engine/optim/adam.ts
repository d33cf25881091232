// Adam with bias correction: m ← β1·m + (1 − β1)·g, s ← β2·s + (1 − β2)·g², W ← W − lr·m̂/(√ŝ + ε).
import type { Grads, Params } from '../types';
import type { Optimizer, OptimizerSettings } from './types';

/** An Adam optimizer; t counts updates from 1, and m̂ = m/(1 − β1^t), ŝ = s/(1 − β2^t). */
export function createAdam(params: Params, settings: OptimizerSettings): Optimizer {
  const { lr, beta1, beta2, epsilon } = settings;
  const mW = params.W.map((w) => new Float64Array(w.length));
  const sW = params.W.map((w) => new Float64Array(w.length));
  const mb = params.b.map((b) => new Float64Array(b.length));
  const sb = params.b.map((b) => new Float64Array(b.length));
  let t = 0;
  const update = (p: Float64Array, g: Float64Array, m: Float64Array, s: Float64Array, c1: number, c2: number) => {
    for (let i = 0; i < p.length; i++) {
      m[i] = beta1 * m[i] + (1 - beta1) * g[i];
      s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
      p[i] = p[i] - (lr * (m[i] / c1)) / (Math.sqrt(s[i] / c2) + epsilon);
    }
  };
  return {
    step(p: Params, grads: Grads) {
      t++;
      const c1 = 1 - beta1 ** t;
      const c2 = 1 - beta2 ** t;
      for (let l = 0; l < p.W.length; l++) {
        update(p.W[l], grads.dW[l], mW[l], sW[l], c1, c2);
        update(p.b[l], grads.db[l], mb[l], sb[l], c1, c2);
      }
    },
    state: () => ({ t, mW: mW.map((v) => v.slice()), sW: sW.map((v) => v.slice()) }),
  };
}
