import { describe, expect, it } from 'vitest';
import { cleanPoints } from './shapes';

describe('circles', () => {
  it('puts class 0 on the unit circle and class 1 on the circle of radius factor (within 1e-15)', () => {
    for (const [a, b, label] of cleanPoints('circles', { factor: 0.5 })) {
      expect(Math.abs(Math.hypot(a, b) - (label === 0 ? 1 : 0.5))).toBeLessThan(1e-15);
    }
  });

  it('uses the course factor 0.8 by default', () => {
    const inner = cleanPoints('circles').filter((p) => p[2] === 1);
    for (const [a, b] of inner) expect(Math.abs(Math.hypot(a, b) - 0.8)).toBeLessThan(1e-15);
  });
});
