import { describe, expect, it } from 'vitest';
import { scaledNormal } from '../../../shared/engine/init/scaled-normal';
import { expectMoments, sampleLayer, testRng } from './helpers';

describe('scaled_normal', () => {
  it('is randn times the scale, draw for draw', () => {
    const w = scaledNormal.sample({ rows: 2, cols: 3, fanIn: 3, fanOut: 2, rng: testRng(7), params: { scale: 10 }, activation: 'relu', layer: 1 });
    const r = testRng(7);
    expect(Array.from(w)).toEqual(Array.from({ length: 6 }, () => r.normal() * 10));
  });

  it('has std equal to the scale on a 300 × 300 matrix', () => {
    expectMoments(sampleLayer('scaled_normal', 300, 300, { scale: 3 }), 0, 3);
  });

  it('defaults to the classic scale 0.01', () => {
    expect(scaledNormal.defaults.scale).toBe(0.01);
  });
});
