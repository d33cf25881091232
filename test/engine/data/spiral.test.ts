import { describe, expect, it } from 'vitest';
import { cleanPoints } from './shapes';

describe('spiral', () => {
  it('puts arm k at angle 2π · turns · r + kπ (within 1e-9 rad) with radius r ≤ 1', () => {
    const turns = 1.25;
    for (const [a, b, label] of cleanPoints('spiral', { turns })) {
      const r = Math.hypot(a, b);
      expect(r).toBeLessThanOrEqual(1);
      const expected = 2 * Math.PI * turns * r + label * Math.PI;
      const diff = Math.atan2(a, b) - expected;
      // Compare angles modulo 2π.
      expect(Math.abs(Math.atan2(Math.sin(diff), Math.cos(diff)))).toBeLessThan(1e-9);
    }
  });
});
