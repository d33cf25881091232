import { describe, expect, it } from 'vitest';
import { he, random } from '../../../shared/engine/init/course-aliases';
import { testRng } from './helpers';

const ctx = (params = {}) => ({ rows: 4, cols: 3, fanIn: 3, fanOut: 4, params, activation: 'relu', layer: 1 });

describe('course aliases', () => {
  it('random draws randn × 10', () => {
    const r = testRng(9);
    expect(Array.from(random.sample({ ...ctx(), rng: testRng(9) }))).toEqual(Array.from({ length: 12 }, () => r.normal() * 10));
  });

  it('he draws randn × √(2/fan_in)', () => {
    const r = testRng(9);
    const f = Math.sqrt(2 / 3);
    expect(Array.from(he.sample({ ...ctx(), rng: testRng(9) }))).toEqual(Array.from({ length: 12 }, () => r.normal() * f));
  });

  it('random accepts another scale like its target', () => {
    const r = testRng(9);
    expect(Array.from(random.sample({ ...ctx({ scale: 2 }), rng: testRng(9) }))).toEqual(Array.from({ length: 12 }, () => r.normal() * 2));
  });
});
