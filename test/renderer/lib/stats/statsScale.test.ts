import { describe, expect, it } from 'vitest';
import { niceTicks, paddedDomain, scaleLinear } from '../../../../renderer/src/lib/stats/statsScale';

describe('statsScale', () => {
  it('pads the range of the finite values', () => {
    expect(paddedDomain([1, 3, NaN, Infinity], 0.1)).toEqual({ lo: 0.8, hi: 3.2 });
    expect(paddedDomain([NaN])).toBeNull();
  });

  it('widens a single value into a range around it', () => {
    expect(paddedDomain([0.5])).toEqual({ lo: 0.45, hi: 0.55 });
    expect(paddedDomain([0])).toEqual({ lo: -1, hi: 1 });
  });

  it('places ticks 1, 2 or 5 × 10^k apart inside the domain', () => {
    expect(niceTicks({ lo: 0.83, hi: 1.02 }, 4)).toEqual([0.85, 0.9, 0.95, 1]);
    expect(niceTicks({ lo: -0.3, hi: 0.3 }, 3)).toEqual([-0.2, 0, 0.2]);
  });

  it('maps the domain onto pixels, upwards for a y axis', () => {
    const y = scaleLinear({ lo: 0, hi: 1 }, 100, 0);
    expect([y(0), y(0.25), y(1)]).toEqual([100, 75, 0]);
  });
});
