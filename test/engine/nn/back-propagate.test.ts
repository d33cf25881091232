import { describe, expect, it } from 'vitest';
import { backPropagated } from '../../../shared/engine/nn/back-propagate';

describe('backPropagated', () => {
  it('is Wᵀ·dZ, each entry summed over the rows of W in increasing order', () => {
    // W 3 × 2, dZ 3 × 2 (two samples): dA[k][j] = Σ_i W[i][k]·dZ[i][j], left to right.
    const W = Float64Array.from([1, 2, 3, 4, 5, 6]);
    const dZ = Float64Array.from([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]);
    const out = new Float64Array(4).fill(NaN);
    expect([...backPropagated(W, dZ, 3, 2, 2, out)]).toEqual([
      ((0 + 1 * 0.1) + 3 * 0.3) + 5 * 0.5,
      ((0 + 1 * 0.2) + 3 * 0.4) + 5 * 0.6,
      ((0 + 2 * 0.1) + 4 * 0.3) + 6 * 0.5,
      ((0 + 2 * 0.2) + 4 * 0.4) + 6 * 0.6,
    ]);
  });

  it('keeps the order where it decides the rounding', () => {
    // (1 + 1e16) − 1e16 is 0 (the 1 is lost to rounding); from the last row, (−1e16 + 1e16) + 1 would be 1.
    const W = Float64Array.from([1, 1e16, -1e16]);
    const dZ = Float64Array.from([1, 1, 1]);
    expect(backPropagated(W, dZ, 3, 1, 1, new Float64Array(1))[0]).toBe(0);
  });
});
