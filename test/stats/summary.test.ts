import { describe, expect, it } from 'vitest';
import { finiteValues, summarize, tCritical95 } from '../../shared/stats/summary';
import { expectRel, REF } from './reference';

describe('summarize', () => {
  it('matches NumPy mean/std(ddof=1)/median/min/max and SciPy t.interval to 1e-12 relative', () => {
    const { values, expected } = REF.summary;
    const s = summarize(values);
    expect(s.n).toBe(expected.n);
    expect(s.nonFinite).toBe(0);
    expectRel(s.mean, expected.mean, 1e-12, 'mean');
    expectRel(s.std, expected.std, 1e-12, 'std');
    expectRel(s.median, expected.median, 1e-15, 'median');
    expect(s.min).toBe(expected.min);
    expect(s.max).toBe(expected.max);
    expectRel(s.ci95![0], expected.ci95[0], 1e-12, 'ci low');
    expectRel(s.ci95![1], expected.ci95[1], 1e-12, 'ci high');
  });

  it('leaves NaN and ±Infinity out and counts them', () => {
    const s = summarize([1, NaN, 3, Infinity, -Infinity]);
    expect(s).toMatchObject({ n: 2, nonFinite: 3, mean: 2, median: 2, min: 1, max: 3 });
  });

  it('gives a single value as mean, median, min and max with no spread', () => {
    expect(summarize([0.7])).toEqual({ n: 1, nonFinite: 0, mean: 0.7, std: null, median: 0.7, min: 0.7, max: 0.7, ci95: null });
  });

  it('gives all-null statistics when no value is finite', () => {
    expect(summarize([NaN, Infinity])).toEqual({ n: 0, nonFinite: 2, mean: null, std: null, median: null, min: null, max: null, ci95: null });
    expect(summarize([]).n).toBe(0);
  });

  it('gives zero spread and a zero-width interval for identical values', () => {
    const s = summarize([0.1, 0.1, 0.1]);
    expect(s.mean).toBe(0.1);
    expect(s.std).toBe(0);
    expect(s.ci95).toEqual([0.1, 0.1]);
  });

  it('averages the two middle values for an even count', () => {
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
  });
});

describe('tCritical95', () => {
  it('matches SciPy t.ppf(0.975, n − 1) for n = 3 and n = 100 001 to 1e-9 relative', () => {
    // SciPy 1.17.1: scipy.stats.t.ppf(0.975, 2) = 4.302652729749462; t.ppf(0.975, 100000) = 1.9599877075346095.
    expectRel(tCritical95(3), 4.302652729749462, 1e-9, 'n = 3');
    expectRel(tCritical95(100_001), 1.9599877075346095, 1e-9, 'n = 100 001');
  });
});

describe('finiteValues', () => {
  it('keeps finite values in order', () => {
    expect(finiteValues([3, NaN, -1, Infinity])).toEqual({ values: [3, -1], nonFinite: 2 });
  });
});
