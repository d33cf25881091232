import { describe, expect, it } from 'vitest';
import { unitDistinctness } from '../../../shared/engine/record/symmetry';
import { createRng } from '../../../shared/engine/rng';

describe('unitDistinctness', () => {
  it('is 0 when every unit has the same weights, zero weights included', () => {
    expect(unitDistinctness(new Float64Array(12), 4, 3)).toBe(0);
    expect(unitDistinctness(Float64Array.from([1, 2, 1, 2, 1, 2]), 3, 2)).toBe(0);
  });

  it('is about 1 for independent random rows (200 rows of 400, within 2%)', () => {
    const rng = createRng('seedrandom', 1);
    const W = Float64Array.from({ length: 200 * 400 }, () => rng.normal());
    expect(Math.abs(unitDistinctness(W, 200, 400) - 1)).toBeLessThan(0.02);
  });

  it('scores a single unit 1: it has nothing to be symmetric with', () => {
    expect(unitDistinctness(Float64Array.from([3, 4]), 1, 2)).toBe(1);
  });

  it('does not depend on the weights’ scale', () => {
    const W = Float64Array.from([1, 0, 0, 1, 2, 2]);
    expect(unitDistinctness(W.map((v) => v * 1000), 3, 2)).toBeCloseTo(unitDistinctness(W, 3, 2), 12);
  });
});
