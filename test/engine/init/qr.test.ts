import { describe, expect, it } from 'vitest';
import { thinQ } from '../../../shared/engine/init/qr';
import { testRng } from './helpers';

function randomMatrix(m: number, n: number, seed: number): Float64Array {
  const r = testRng(seed);
  return Float64Array.from({ length: m * n }, () => r.normal());
}

/** R = Qᵀ A (n × n). */
function rFactor(q: Float64Array, a: Float64Array, m: number, n: number): Float64Array {
  const r = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) for (let k = 0; k < m; k++) r[i * n + j] += q[k * n + i] * a[k * n + j];
  return r;
}

describe('thinQ', () => {
  it('reconstructs A = QR with R upper triangular and a positive diagonal', () => {
    const [m, n] = [9, 5];
    const a = randomMatrix(m, n, 3);
    const q = thinQ(a, m, n);
    const r = rFactor(q, a, m, n);
    for (let i = 0; i < n; i++) {
      expect(r[i * n + i]).toBeGreaterThan(0);
      for (let j = 0; j < i; j++) expect(Math.abs(r[i * n + j])).toBeLessThan(1e-12);
    }
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let k = 0; k < n; k++) s += q[i * n + k] * r[k * n + j];
        expect(Math.abs(s - a[i * n + j])).toBeLessThan(1e-12);
      }
    }
  });

  it('refuses a wide matrix', () => {
    expect(() => thinQ(new Float64Array(6), 2, 3)).toThrow(/tall/);
  });
});
