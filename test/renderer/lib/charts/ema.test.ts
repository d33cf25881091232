import { describe, expect, it } from 'vitest';
import { debiasedEma } from '../../../../renderer/src/lib/charts/ema';

describe('debiasedEma', () => {
  it('returns the first value unchanged, because debiasing removes the pull towards zero', () => {
    expect(debiasedEma([5, 5, 5], 0.9)).toEqual([5, 5, 5].map(() => expect.closeTo(5, 12)));
  });

  it('matches the hand-computed average of two values', () => {
    // s1 = 0.1·1 → 1; s2 = 0.9·0.1 + 0.1·3 = 0.39, debiased by 1 − 0.81 = 0.19 → 2.0526315...
    const [a, b] = debiasedEma([1, 3], 0.9);
    expect(a).toBeCloseTo(1, 12);
    expect(b).toBeCloseTo(0.39 / 0.19, 12);
  });

  it('keeps non-finite values as gaps and leaves them out of the average', () => {
    const out = debiasedEma([2, Infinity, NaN, 2], 0.5);
    expect(out[1]).toBeNull();
    expect(out[2]).toBeNull();
    expect(out[3]).toBeCloseTo(2, 12);
  });

  it('is the identity with beta 0', () => {
    expect(debiasedEma([1, 4, 2], 0)).toEqual([1, 4, 2]);
  });

  it('rejects a beta outside [0, 1)', () => {
    expect(() => debiasedEma([1], 1)).toThrow(RangeError);
  });
});
