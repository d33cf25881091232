import { describe, expect, it } from 'vitest';
import { weightVariance } from '../../../shared/stats/init-variance';
import { expectMoments, moments, sampleLayer } from './helpers';

describe('glorot_standard', () => {
  it('stays within ±1/√fan_in with std √(1/(3·fan_in)) on a 200 × 400 matrix', () => {
    const w = sampleLayer('glorot_standard', 200, 400);
    const { min, max } = moments(w);
    expect(min).toBeGreaterThanOrEqual(-1 / Math.sqrt(400));
    expect(max).toBeLessThan(1 / Math.sqrt(400));
    expectMoments(w, 0, Math.sqrt(1 / 1200));
  });

  it('has the fan-in variance 1/(3·fan_in), a third of the normalized form at equal fans', () => {
    expect(weightVariance('glorot_standard', {}, 300, 300)).toBeCloseTo(1 / 900, 18);
    expect(weightVariance('glorot_standard', {}, 300, 300)! / weightVariance('xavier_uniform', {}, 300, 300)!).toBeCloseTo(1 / 3, 14);
  });
});
