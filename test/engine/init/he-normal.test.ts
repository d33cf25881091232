import { describe, it } from 'vitest';
import { expectMoments, sampleLayer } from './helpers';

describe('he_normal', () => {
  it('has std √(2/fan_in) by default on a 200 × 400 matrix', () => {
    expectMoments(sampleLayer('he_normal', 200, 400), 0, Math.sqrt(2 / 400));
  });

  it('uses fan_out when mode=fan_out', () => {
    expectMoments(sampleLayer('he_normal', 200, 400, { mode: 'fan_out' }), 0, Math.sqrt(2 / 200));
  });

  it('takes the leaky-ReLU gain √(2/(1 + a²)) from negative_slope', () => {
    expectMoments(sampleLayer('he_normal', 200, 400, { negative_slope: 0.5 }), 0, Math.sqrt(2 / 1.25 / 400));
  });
});
