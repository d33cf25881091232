import { describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../../../shared/engine/optim';
import { flat, flatGrads, settings, smallGrads, smallParams } from './helpers';

describe.each(['gd', 'sgd'] as const)('%s', (name) => {
  it('moves every parameter by −lr·gradient, computed as W − lr·dW', () => {
    const p = smallParams();
    const before = flat(p);
    const g = flatGrads(smallGrads());
    OPTIMIZERS[name].create(p, settings(0.01)).step(p, smallGrads());
    expect(flat(p)).toEqual(before.map((w, i) => w - 0.01 * g[i]));
  });
});

describe('gd', () => {
  it('is full-batch only', () => {
    expect(OPTIMIZERS.gd.miniBatch).toBe(false);
    expect(OPTIMIZERS.sgd.miniBatch).toBe(true);
  });
});
