import { describe, expect, it } from 'vitest';
import { applyOutput, categoricalCost, outputGradient, predictedClass } from '../../../shared/engine/nn/output';

// Three classes, two samples, rows 2 apart: sample 0's logits are (1, 3, 1000), sample 1's (−2, 0.5, −1000).
const z = Float64Array.from([1, -2, 3, 0.5, 1000, -1000]);
const y = Float64Array.from([2, 0]);

describe('softmax output', () => {
  it('gives each sample probabilities summing to 1, finite for logits of ±1000', () => {
    const a = new Float64Array(6);
    applyOutput(z, a, 3, 2, 2);
    expect(a[4]).toBe(1);
    expect(a[0]).toBe(0);
    expect(Math.abs(a[1] + a[3] + a[5] - 1)).toBeLessThan(1e-15);
  });

  it('takes the cost from the logits: log Σ e^(z − max) − (z_y − max), averaged (1e-15 relative)', () => {
    const expected = (0 + (Math.log(Math.exp(-2.5) + 1) + 2.5)) / 2;
    expect(Math.abs(categoricalCost(z, y, 3, 2, 2, new Float64Array(2)) / expected - 1)).toBeLessThan(1e-15);
  });

  it('takes a chunk of count samples of a set of m: the same entries as the whole set\'s gradient', () => {
    const a = Float64Array.from([0.2, 0.5, 0.1, 0.3, 0.7, 0.4, 0.1, 0.2, 0.2]);
    const labels = Float64Array.from([2, 0, 1]);
    const whole = new Float64Array(9);
    outputGradient(a, labels, whole, 3, 3, 3);
    // samples 1..2 as a chunk of 2 (stride 2), divided by the whole set's m = 3
    const chunkA = Float64Array.from([0.5, 0.1, 0.7, 0.4, 0.2, 0.2]);
    const chunk = new Float64Array(6);
    outputGradient(chunkA, labels.subarray(1), chunk, 3, 3, 2, 2);
    expect([...chunk]).toEqual([whole[1], whole[2], whole[4], whole[5], whole[7], whole[8]]);
    // with a row stride wider than the chunk, nothing past its count samples is written
    const wide = new Float64Array(9).fill(-1);
    outputGradient(Float64Array.from([0.5, 0.1, 9, 0.7, 0.4, 9, 0.2, 0.2, 9]), labels.subarray(1), wide, 3, 3, 3, 2);
    expect([...wide]).toEqual([whole[1], whole[2], -1, whole[4], whole[5], -1, whole[7], whole[8], -1]);
  });

  it('has dZ = (softmax − onehot)/m, the cost\'s derivative (central differences, 1e-6 relative)', () => {
    const zs = Float64Array.from([0.3, -0.2, 1.1, 0.4, -0.7, 0.9]);
    const a = new Float64Array(6);
    const dZ = new Float64Array(6);
    applyOutput(zs, a, 3, 2, 2);
    outputGradient(a, y, dZ, 3, 2, 2);
    const h = 1e-6;
    for (let e = 0; e < 6; e++) {
      const up = Float64Array.from(zs);
      const down = Float64Array.from(zs);
      up[e] += h;
      down[e] -= h;
      const numeric = (categoricalCost(up, y, 3, 2, 2, new Float64Array(2)) - categoricalCost(down, y, 3, 2, 2, new Float64Array(2))) / (2 * h);
      expect(Math.abs(numeric - dZ[e])).toBeLessThan(1e-6 * Math.abs(dZ[e]) + 1e-10);
    }
  });

  it('predicts the first of equal maxima, as numpy\'s argmax', () => {
    expect(predictedClass(Float64Array.from([0.4, 0.4, 0.2]), 0, 3, 1)).toBe(0);
    expect(predictedClass(Float64Array.from([0.2, 0.5, 0.3]), 0, 3, 1)).toBe(1);
  });
});
