import { describe, expect, it } from 'vitest';
import { cleanPoints } from './shapes';

describe('moons', () => {
  it('puts class 0 on the upper unit arc and class 1 on the lower arc centred at (1, 0.5) (within 1e-15)', () => {
    for (const [a, b, label] of cleanPoints('moons')) {
      if (label === 0) {
        expect(Math.abs(Math.hypot(a, b) - 1)).toBeLessThan(1e-15);
        expect(b).toBeGreaterThanOrEqual(0);
      } else {
        expect(Math.abs(Math.hypot(a - 1, b - 0.5) - 1)).toBeLessThan(1e-15);
        expect(b).toBeLessThanOrEqual(0.5);
      }
    }
  });
});
