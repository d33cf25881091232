import { describe, expect, it } from 'vitest';
import { expectMoments, moments, sampleLayer } from './helpers';

describe('he_uniform', () => {
  it('stays within ±√(6/fan_in) with std √(2/fan_in) on a 200 × 400 matrix', () => {
    const w = sampleLayer('he_uniform', 200, 400);
    const { min, max } = moments(w);
    expect(min).toBeGreaterThanOrEqual(-Math.sqrt(6 / 400));
    expect(max).toBeLessThan(Math.sqrt(6 / 400));
    expectMoments(w, 0, Math.sqrt(2 / 400));
  });

  it('uses fan_out and the leaky slope together', () => {
    expectMoments(sampleLayer('he_uniform', 200, 400, { mode: 'fan_out', negative_slope: 1 }), 0, Math.sqrt(1 / 200));
  });
});
