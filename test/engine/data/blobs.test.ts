import { describe, expect, it } from 'vitest';
import { cleanPoints } from './shapes';

describe('blobs', () => {
  it('centres class 0 at (−1, −1) and class 1 at (1, 1) with the given spread', () => {
    const spread = 0.4;
    const points = cleanPoints('blobs', { spread }, 20000);
    for (const label of [0, 1]) {
      const values = points.filter((p) => p[2] === label).flatMap((p) => [p[0], p[1]]);
      const n = values.length;
      const mean = values.reduce((s, v) => s + v, 0) / n;
      const std = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / n);
      // 5 standard errors: σ/√n for the mean, σ/√(2n) for the std.
      expect(Math.abs(mean - (label === 0 ? -1 : 1))).toBeLessThan((5 * spread) / Math.sqrt(n));
      expect(Math.abs(std - spread)).toBeLessThan((5 * spread) / Math.sqrt(2 * n));
    }
  });
});
