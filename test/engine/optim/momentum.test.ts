import { describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../../../shared/engine/optim';
import { flat, flatGrads, settings, smallGrads, smallParams } from './helpers';

describe('momentum', () => {
  it('follows v ← β·v + (1−β)·g, W ← W − lr·v over two steps', () => {
    const p = smallParams();
    const w0 = flat(p);
    const g1 = flatGrads(smallGrads(1));
    const g2 = flatGrads(smallGrads(-0.5));
    const opt = OPTIMIZERS.momentum.create(p, settings(0.1));
    opt.step(p, smallGrads(1));
    opt.step(p, smallGrads(-0.5));
    const expected = w0.map((w, i) => {
      const v1 = 0.9 * 0 + (1 - 0.9) * g1[i];
      const v2 = 0.9 * v1 + (1 - 0.9) * g2[i];
      return w - 0.1 * v1 - 0.1 * v2;
    });
    flat(p).forEach((w, i) => expect(w).toBeCloseTo(expected[i], 15));
  });
});
