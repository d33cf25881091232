import { describe, expect, it } from 'vitest';
import { incompleteBeta, upperIncompleteGamma } from '../../shared/stats/special';

describe('incompleteBeta', () => {
  it('equals x^a when b = 1', () => {
    // I_x(a, 1) = x^a exactly; tolerance 1e-14 relative.
    for (const [x, a] of [[0.3, 2.5], [0.9, 0.5], [0.01, 7]]) {
      expect(Math.abs(incompleteBeta(x, a, 1) - x ** a) / x ** a).toBeLessThan(1e-14);
    }
  });

  it('satisfies the symmetry I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    for (const [x, a, b] of [[0.2, 3, 4], [0.7, 0.5, 10], [0.95, 20, 0.5]]) {
      expect(Math.abs(incompleteBeta(x, a, b) + incompleteBeta(1 - x, b, a) - 1)).toBeLessThan(1e-14);
    }
  });

  it('is 0 at x = 0 and 1 at x = 1', () => {
    expect(incompleteBeta(0, 2, 3)).toBe(0);
    expect(incompleteBeta(1, 2, 3)).toBe(1);
  });

  it('rejects x outside [0, 1] and non-positive shapes', () => {
    expect(() => incompleteBeta(1.5, 2, 3)).toThrow(RangeError);
    expect(() => incompleteBeta(0.5, 0, 3)).toThrow(RangeError);
  });
});

describe('upperIncompleteGamma', () => {
  it('equals e^−x when a = 1', () => {
    for (const x of [0.1, 1, 2, 10, 50]) expect(Math.abs(upperIncompleteGamma(1, x) / Math.exp(-x) - 1)).toBeLessThan(1e-14);
  });

  it('is 1 at x = 0 and 0 at x = Infinity', () => {
    expect(upperIncompleteGamma(2, 0)).toBe(1);
    expect(upperIncompleteGamma(2, Infinity)).toBe(0);
  });
});
