import { describe, expect, it } from 'vitest';
import { sampleLayer } from './helpers';

/** Largest |(M Mᵀ − c·I)ᵢⱼ| over the rows of a rows × cols matrix (byRows) or over its columns. */
function gramError(w: Float64Array, rows: number, cols: number, byRows: boolean, c: number): number {
  const [n, len] = byRows ? [rows, cols] : [cols, rows];
  const at = (v: number, k: number) => (byRows ? w[v * cols + k] : w[k * cols + v]);
  let worst = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < len; k++) s += at(i, k) * at(j, k);
      worst = Math.max(worst, Math.abs(s - (i === j ? c : 0)));
    }
  }
  return worst;
}

describe('orthogonal', () => {
  it('gives W·Wᵀ = I within 1e-12 for a square matrix', () => {
    expect(gramError(sampleLayer('orthogonal', 64, 64), 64, 64, true, 1)).toBeLessThan(1e-12);
  });

  it('gives orthonormal rows (W·Wᵀ = I within 1e-12) for a wide matrix', () => {
    expect(gramError(sampleLayer('orthogonal', 10, 40), 10, 40, true, 1)).toBeLessThan(1e-12);
  });

  it('gives orthonormal columns (Wᵀ·W = I within 1e-12) for a tall matrix', () => {
    expect(gramError(sampleLayer('orthogonal', 40, 10), 40, 10, false, 1)).toBeLessThan(1e-12);
  });

  it('scales by the gain: W·Wᵀ = gain²·I', () => {
    expect(gramError(sampleLayer('orthogonal', 20, 30, { gain: Math.SQRT2 }), 20, 30, true, 2)).toBeLessThan(1e-12);
  });

  it('gives different matrices for different seeds', () => {
    expect(sampleLayer('orthogonal', 5, 5, {}, 1)).not.toEqual(sampleLayer('orthogonal', 5, 5, {}, 2));
  });
});
