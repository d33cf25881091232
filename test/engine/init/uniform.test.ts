import { describe, expect, it } from 'vitest';
import { uniform } from '../../../shared/engine/init/uniform';
import { expectMoments, moments, sampleLayer } from './helpers';

describe('uniform', () => {
  it('draws within [low, high) with the mean and std of U(low, high) on a 300 × 300 matrix', () => {
    const w = sampleLayer('uniform', 300, 300, { low: -1, high: 3 });
    const { min, max } = moments(w);
    expect(min).toBeGreaterThanOrEqual(-1);
    expect(max).toBeLessThan(3);
    expectMoments(w, 1, 4 / Math.sqrt(12));
  });

  it('refuses low above high', () => {
    expect(uniform.check({ low: 1, high: 0 })).toMatch(/low \(1\) must not exceed high \(0\)/);
  });
});
