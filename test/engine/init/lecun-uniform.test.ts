import { describe, expect, it } from 'vitest';
import { expectMoments, moments, sampleLayer } from './helpers';

describe('lecun_uniform', () => {
  it('stays within ±√(3/fan_in) with std √(1/fan_in) on a 200 × 400 matrix', () => {
    const w = sampleLayer('lecun_uniform', 200, 400);
    const { min, max } = moments(w);
    expect(min).toBeGreaterThanOrEqual(-Math.sqrt(3 / 400));
    expect(max).toBeLessThan(Math.sqrt(3 / 400));
    expectMoments(w, 0, Math.sqrt(1 / 400));
  });
});
