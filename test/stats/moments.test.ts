import { describe, expect, it } from 'vitest';
import { meanOf, sampleVarianceOf } from '../../shared/stats/moments';

describe('meanOf and sampleVarianceOf', () => {
  it('give exactly the value and zero for identical inputs', () => {
    expect(meanOf([0.1, 0.1, 0.1])).toBe(0.1);
    expect(sampleVarianceOf([0.1, 0.1, 0.1])).toBe(0);
  });

  it('keep precision for values with a large common offset', () => {
    // Variance of 1e9 + {4, 7, 13, 16} is that of {4, 7, 13, 16}: 30.
    expect(sampleVarianceOf([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16])).toBe(30);
  });

  it('reject too few values', () => {
    expect(() => meanOf([])).toThrow(RangeError);
    expect(() => sampleVarianceOf([1])).toThrow(RangeError);
  });
});
