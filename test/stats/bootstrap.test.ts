import { describe, expect, it } from 'vitest';
import { bootstrapMeanDiff } from '../../shared/stats/bootstrap';
import { StatsInputError } from '../../shared/stats/validate';
import { expectAbs, REF } from './reference';
import { createRng } from '../../shared/engine/rng';

const testRng = (seed: number) => createRng('seedrandom', seed);

describe('bootstrapMeanDiff', () => {
  // With 10 000 resamples an end of the interval has Monte Carlo sd ≈ 0.027·(bootstrap sd); 0.12 is 4.5 of those.
  it.each(REF.bootstrap.map((b) => [b.name, b] as const))(
    'agrees with SciPy bootstrap(method="percentile") on %s within 0.12 bootstrap sd',
    (_name, ref) => {
      const [lo, hi] = bootstrapMeanDiff(ref.a, ref.b, testRng(11));
      expectAbs(lo, ref.ci95[0], 0.12 * ref.bootstrapSd, 'low');
      expectAbs(hi, ref.ci95[1], 0.12 * ref.bootstrapSd, 'high');
    },
  );

  it('is the same interval for the same seed and a different one for another seed', () => {
    const { a, b } = REF.bootstrap[1];
    expect(bootstrapMeanDiff(a, b, testRng(5))).toEqual(bootstrapMeanDiff(a, b, testRng(5)));
    expect(bootstrapMeanDiff(a, b, testRng(5))).not.toEqual(bootstrapMeanDiff(a, b, testRng(6)));
  });

  it('collapses to the observed difference for single values and for constant samples', () => {
    expect(bootstrapMeanDiff([3], [1], testRng(1), { resamples: 50 })).toEqual([2, 2]);
    expect(bootstrapMeanDiff([1, 1, 1], [1, 1], testRng(1), { resamples: 50 })).toEqual([0, 0]);
  });

  it('narrows with a lower confidence level', () => {
    const { a, b } = REF.bootstrap[1];
    const wide = bootstrapMeanDiff(a, b, testRng(2));
    const narrow = bootstrapMeanDiff(a, b, testRng(2), { level: 0.5 });
    expect(narrow[0]).toBeGreaterThan(wide[0]);
    expect(narrow[1]).toBeLessThan(wide[1]);
  });

  it('rejects NaN, a zero resample count and a level outside (0, 1)', () => {
    expect(() => bootstrapMeanDiff([NaN], [1], testRng(1))).toThrow(StatsInputError);
    expect(() => bootstrapMeanDiff([1], [1], testRng(1), { resamples: 0 })).toThrow(RangeError);
    expect(() => bootstrapMeanDiff([1], [1], testRng(1), { level: 1 })).toThrow(RangeError);
  });
});
