import { describe, expect, it } from 'vitest';
import { expectMoments, sampleLayer } from './helpers';

describe('sparse', () => {
  it('zeroes exactly ⌈sparsity · rows⌉ entries of every column', () => {
    const [rows, cols] = [50, 30];
    const w = sampleLayer('sparse', rows, cols, { sparsity: 0.25 });
    for (let j = 0; j < cols; j++) {
      let zeros = 0;
      for (let i = 0; i < rows; i++) if (w[i * cols + j] === 0) zeros++;
      expect(zeros).toBe(13);
    }
  });

  it('draws the remaining weights from N(0, std²) on a 400 × 200 matrix', () => {
    const w = sampleLayer('sparse', 400, 200, { sparsity: 0.5, std: 0.2 });
    expectMoments(w.filter((v) => v !== 0), 0, 0.2);
  });

  it('zeroes different positions in different columns', () => {
    const [rows, cols] = [40, 2];
    const w = sampleLayer('sparse', rows, cols, { sparsity: 0.5 });
    const zeroRows = (j: number) => Array.from({ length: rows }, (_, i) => i).filter((i) => w[i * cols + j] === 0);
    expect(zeroRows(0)).not.toEqual(zeroRows(1));
  });
});
