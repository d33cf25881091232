import { describe, it } from 'vitest';
import { expectMoments, sampleLayer } from './helpers';

describe('xavier_normal', () => {
  it('has std gain·√(2/(fan_in + fan_out)) on a 200 × 400 matrix', () => {
    expectMoments(sampleLayer('xavier_normal', 200, 400, { gain: 5 / 3 }), 0, (5 / 3) * Math.sqrt(2 / 600));
  });

  it('has gain 1 by default', () => {
    expectMoments(sampleLayer('xavier_normal', 200, 400), 0, Math.sqrt(2 / 600));
  });
});
