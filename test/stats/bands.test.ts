import { describe, expect, it } from 'vitest';
import { costBand, curveBand, iterationBand } from '../../shared/stats/bands';
import { tCritical95 } from '../../shared/stats/summary';

describe('curveBand', () => {
  it('gives mean ± sample std per point for equal-length curves', () => {
    const b = curveBand([[1, 10], [3, 20], [5, 30]], 'std');
    expect(b.mean).toEqual([3, 20]);
    expect(b.lower).toEqual([1, 10]);
    expect(b.upper).toEqual([5, 30]);
    expect(b.n).toEqual([3, 3]);
  });

  it('gives mean ± t(0.975, n−1)·std/√n for the 95% band', () => {
    const b = curveBand([[1], [3], [5]], 'ci95');
    const half = (tCritical95(3) * 2) / Math.sqrt(3);
    expect(b.lower[0]).toBeCloseTo(3 - half, 14);
    expect(b.upper[0]).toBeCloseTo(3 + half, 14);
  });

  it('averages only the runs long enough at each point, reporting how many', () => {
    const b = curveBand([[1, 2, 3], [3, 4], [5]], 'std');
    expect(b.n).toEqual([3, 2, 1]);
    expect(b.mean).toEqual([3, 3, 3]);
    expect(b.lower[2]).toBeNull();
    expect(b.upper[2]).toBeNull();
  });

  it('leaves non-finite values out of a point and counts them', () => {
    const b = curveBand([[Infinity, 0.7], [Infinity, 0.5], [0.9, 0.6]], 'std');
    expect(b.n).toEqual([1, 3]);
    expect(b.nonFinite).toEqual([2, 0]);
    expect(b.mean[0]).toBe(0.9);
    expect(b.lower[0]).toBeNull();
  });

  it('gives a null mean where every value is non-finite', () => {
    const b = curveBand([[NaN], [Infinity]], 'ci95');
    expect(b.mean).toEqual([null]);
    expect(b.nonFinite).toEqual([2]);
  });

  it('accepts typed arrays and no curves at all', () => {
    expect(curveBand([Float64Array.of(1, 2), Float64Array.of(3, 4)], 'std').mean).toEqual([2, 3]);
    expect(curveBand([], 'std').mean).toEqual([]);
  });
});

describe('costBand', () => {
  it('aligns runs by iteration number, including iterations only some runs recorded', () => {
    const b = costBand(
      [
        [{ iteration: 0, cost: 1 }, { iteration: 100, cost: 0.5 }, { iteration: 200, cost: 0.25 }],
        [{ iteration: 0, cost: 3 }, { iteration: 100, cost: 1.5 }],
      ],
      'std',
    );
    expect(b.iterations).toEqual([0, 100, 200]);
    expect(b.mean).toEqual([2, 1, 0.25]);
    expect(b.n).toEqual([2, 2, 1]);
  });
});

describe('iterationBand', () => {
  it("bands any per-iteration series, such as checkpoints' test accuracy", () => {
    const b = iterationBand(
      [
        [{ iteration: 0, testAccuracy: 0.5 }, { iteration: 1000, testAccuracy: 0.9 }],
        [{ iteration: 0, testAccuracy: 0.5 }, { iteration: 1000, testAccuracy: 0.7 }],
      ],
      'std',
      (c) => c.testAccuracy,
    );
    expect(b.iterations).toEqual([0, 1000]);
    expect(b.mean[1]).toBeCloseTo(0.8, 15);
    expect(b.upper[1]! - b.lower[1]!).toBeCloseTo(2 * Math.SQRT2 * 0.1, 14);
  });
});
