import { describe, expect, it } from 'vitest';
import { cleanPoints } from './shapes';

describe('xor', () => {
  it('labels a point 1 exactly when its coordinates have different signs', () => {
    for (const [a, b, label] of cleanPoints('xor')) expect(label).toBe(a * b < 0 ? 1 : 0);
  });

  it('keeps points inside [−1, 1]² and at least margin away from both axes', () => {
    for (const [a, b] of cleanPoints('xor', { margin: 0.2 })) {
      for (const v of [a, b]) {
        expect(Math.abs(v)).toBeGreaterThanOrEqual(0.2);
        expect(Math.abs(v)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('fills all four quadrants', () => {
    const quadrants = new Set(cleanPoints('xor').map(([a, b]) => `${Math.sign(a)},${Math.sign(b)}`));
    expect(quadrants.size).toBe(4);
  });
});
