import { describe, expect, it } from 'vitest';
import { quantileSorted, sortedCopy } from '../../shared/stats/quantile';

describe('quantileSorted', () => {
  it("interpolates linearly like numpy.quantile's default", () => {
    // numpy.quantile([1, 2, 4, 8], [0, 0.25, 0.5, 0.9, 1]) = [1.0, 1.75, 3.0, 6.800000000000001, 8.0] (NumPy 2.4, repr)
    const s = [1, 2, 4, 8];
    expect([0, 0.25, 0.5, 0.9, 1].map((q) => quantileSorted(s, q))).toEqual([1, 1.75, 3, 6.800000000000001, 8]);
  });

  it('rejects an empty array and q outside [0, 1]', () => {
    expect(() => quantileSorted([], 0.5)).toThrow(RangeError);
    expect(() => quantileSorted([1], 1.1)).toThrow(RangeError);
  });
});

describe('sortedCopy', () => {
  it('sorts numerically without touching the input', () => {
    const xs = [10, 9, 100, -1];
    expect(Array.from(sortedCopy(xs))).toEqual([-1, 9, 10, 100]);
    expect(xs).toEqual([10, 9, 100, -1]);
  });
});
