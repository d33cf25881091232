import { describe, expect, it } from 'vitest';
import { findCostGaps } from '../../../../renderer/src/lib/cost/costGaps';
import { describeCostGaps } from '../../../../renderer/src/lib/cost/gapNote';

const pts = (costs: number[]) => costs.map((cost, iteration) => ({ iteration, cost }));

describe('findCostGaps', () => {
  it('finds no gap in a finite curve', () => {
    expect(findCostGaps(pts([1, 0.5, 0.2])).gaps).toEqual([]);
  });

  it('groups consecutive non-finite costs into one stretch and counts infinities and NaNs apart', () => {
    const s = findCostGaps(pts([Infinity, Infinity, 0.7, NaN, Infinity, 0.5]));
    expect(s.gaps).toEqual([
      { from: 0, to: 1, infinite: 2, nan: 0 },
      { from: 3, to: 4, infinite: 1, nan: 1 },
    ]);
    expect(s.infinite).toBe(3);
    expect(s.nan).toBe(1);
    expect(s.firstIteration).toBe(0);
    expect(s.lastIteration).toBe(4);
  });
});

describe('describeCostGaps', () => {
  it('explains infinite costs with the iterations and the cause', () => {
    const text = describeCostGaps('random ×10', findCostGaps(pts([Infinity, 1, Infinity])));
    expect(text).toContain('random ×10');
    expect(text).toContain('infinite at 2 recorded iterations');
    expect(text).toContain('iterations 0–2');
    expect(text).toContain('log(0)');
  });

  it('says nothing about a finite curve', () => {
    expect(describeCostGaps('he', findCostGaps(pts([1, 2])))).toBeNull();
  });
});
