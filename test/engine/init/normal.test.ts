import { describe, it } from 'vitest';
import { expectMoments, sampleLayer } from './helpers';

describe('normal', () => {
  it('has the given mean and std on a 300 × 300 matrix', () => {
    expectMoments(sampleLayer('normal', 300, 300, { mean: 0.5, std: 2 }), 0.5, 2);
  });

  it('defaults to N(0, 0.05²)', () => {
    expectMoments(sampleLayer('normal', 300, 300), 0, 0.05);
  });
});
