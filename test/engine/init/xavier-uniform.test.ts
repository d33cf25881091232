import { describe, expect, it } from 'vitest';
import { expectMoments, moments, sampleLayer } from './helpers';

describe('xavier_uniform', () => {
  it('stays within ±gain·√(6/(fan_in + fan_out)) with std gain·√(2/(fan_in + fan_out)) on a 200 × 400 matrix', () => {
    const w = sampleLayer('xavier_uniform', 200, 400, { gain: 2 });
    const a = 2 * Math.sqrt(6 / 600);
    const { min, max } = moments(w);
    expect(min).toBeGreaterThanOrEqual(-a);
    expect(max).toBeLessThan(a);
    expectMoments(w, 0, 2 * Math.sqrt(2 / 600));
  });
});
