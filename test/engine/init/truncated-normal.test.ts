import { describe, expect, it } from 'vitest';
import { expectMoments, moments, sampleLayer } from './helpers';

// Std of a standard normal truncated to ±2: √(1 − 4φ(2)/(Φ(2) − Φ(−2))).
const TRUNCATED_STD = 0.8796256610342398;

describe('truncated_normal', () => {
  it('never leaves mean ± 2·std', () => {
    const { min, max } = moments(sampleLayer('truncated_normal', 300, 300, { mean: 1, std: 0.5 }));
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThanOrEqual(2);
  });

  it('has the mean and the truncated spread 0.8796·std on a 300 × 300 matrix', () => {
    expectMoments(sampleLayer('truncated_normal', 300, 300, { mean: 1, std: 0.5 }), 1, 0.5 * TRUNCATED_STD);
  });
});
