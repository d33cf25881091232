import { describe, expect, it } from 'vitest';
import { averageRanks } from '../../shared/stats/ranks';

describe('averageRanks', () => {
  it('averages the ranks of tied values and reports tie group sizes', () => {
    // scipy.stats.rankdata([3, 1, 3, 2, 3]) = [4, 1, 4, 2, 4]
    const { ranks, tieSizes } = averageRanks([3, 1, 3, 2, 3]);
    expect(Array.from(ranks)).toEqual([4, 1, 4, 2, 4]);
    expect(tieSizes).toEqual([1, 1, 3]);
  });

  it('orders infinities at the ends', () => {
    expect(Array.from(averageRanks([Infinity, 0, -Infinity, Infinity]).ranks)).toEqual([3.5, 2, 1, 3.5]);
  });
});
