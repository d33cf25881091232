import { describe, expect, it } from 'vitest';
import { gaussianExpectation, gaussLegendre } from '../../shared/stats/gaussian-expectation';

describe('gaussLegendre', () => {
  it('integrates polynomials up to degree 2n − 1 exactly on [−1, 1]', () => {
    const { nodes, weights } = gaussLegendre(20);
    for (const k of [0, 2, 10, 38]) {
      let s = 0;
      for (let i = 0; i < 20; i++) s += weights[i] * nodes[i] ** k;
      expect(Math.abs(s - 2 / (k + 1))).toBeLessThan(1e-14);
    }
  });
});

describe('gaussianExpectation', () => {
  it('gives the normal moments E[X²] = μ² + v and E[X⁴] = μ⁴ + 6μ²v + 3v² to 1e-13 relative', () => {
    for (const [mu, v] of [[0, 1], [0.5, 4], [-2, 0.01], [1, 1e4]]) {
      const m2 = gaussianExpectation((x) => x * x, mu, v);
      const m4 = gaussianExpectation((x) => x ** 4, mu, v);
      expect(Math.abs(m2 / (mu * mu + v) - 1)).toBeLessThan(1e-13);
      expect(Math.abs(m4 / (mu ** 4 + 6 * mu * mu * v + 3 * v * v) - 1)).toBeLessThan(1e-13);
    }
  });

  it('resolves a kink at zero: E[max(X, 0)] = σ/√(2π) for X ~ N(0, v), to 1e-13 relative', () => {
    for (const v of [1e-6, 1, 1e6]) {
      const got = gaussianExpectation((x) => Math.max(x, 0), 0, v);
      expect(Math.abs(got / (Math.sqrt(v) / Math.sqrt(2 * Math.PI)) - 1)).toBeLessThan(1e-13);
    }
  });

  it('gives h(mean) for zero variance', () => {
    expect(gaussianExpectation(Math.tanh, 0.3, 0)).toBe(Math.tanh(0.3));
  });

  it('rejects a negative or infinite variance and a non-finite mean', () => {
    expect(() => gaussianExpectation(Math.tanh, 0, -1)).toThrow(RangeError);
    expect(() => gaussianExpectation(Math.tanh, 0, Infinity)).toThrow(RangeError);
    expect(() => gaussianExpectation(Math.tanh, NaN, 1)).toThrow(RangeError);
  });
});
