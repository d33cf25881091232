import { describe, it } from 'vitest';
import { expectMoments, sampleLayer } from './helpers';

describe('lecun_normal', () => {
  it('has std √(1/fan_in) on a 200 × 400 matrix', () => {
    expectMoments(sampleLayer('lecun_normal', 200, 400), 0, Math.sqrt(1 / 400));
  });
});
