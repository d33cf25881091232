import { describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../../../shared/engine/optim';
import { flat, flatGrads, settings, smallGrads, smallParams } from './helpers';

describe('adam', () => {
  it('takes a first step of lr · g/(|g| + ε) thanks to bias correction', () => {
    const p = smallParams();
    const w0 = flat(p);
    const g = flatGrads(smallGrads());
    OPTIMIZERS.adam.create(p, settings(0.01)).step(p, smallGrads());
    flat(p).forEach((w, i) => expect(w).toBeCloseTo(w0[i] - (0.01 * g[i]) / (Math.abs(g[i]) + 1e-8), 14));
  });

  it('follows the bias-corrected moments over three steps', () => {
    const p = smallParams();
    const w = flat(p);
    const scales = [1, -0.5, 2];
    const opt = OPTIMIZERS.adam.create(p, settings(0.01));
    const m = w.map(() => 0);
    const s = w.map(() => 0);
    scales.forEach((sc, t) => {
      opt.step(p, smallGrads(sc));
      const g = flatGrads(smallGrads(sc));
      for (let i = 0; i < w.length; i++) {
        m[i] = 0.9 * m[i] + 0.1 * g[i];
        s[i] = 0.999 * s[i] + 0.001 * g[i] * g[i];
        w[i] -= (0.01 * (m[i] / (1 - 0.9 ** (t + 1)))) / (Math.sqrt(s[i] / (1 - 0.999 ** (t + 1))) + 1e-8);
      }
    });
    flat(p).forEach((v, i) => expect(v).toBeCloseTo(w[i], 14));
  });
});
