import { describe, expect, it } from 'vitest';
import { planLayout } from '../../../shared/engine/kernel/layout';
import { SPARSE_MAX_WIDTH, planSparseRelu, usesSparseRelu } from '../../../shared/engine/kernel/sparse-layout';

describe('planSparseRelu', () => {
  it('takes ReLU networks with a hidden layer whose layers are all narrow, and nothing else', () => {
    expect(usesSparseRelu([2, 32, 32, 1], 'relu')).toBe(true);
    expect(usesSparseRelu([2, SPARSE_MAX_WIDTH, 1], 'relu')).toBe(true);
    expect(usesSparseRelu([2, SPARSE_MAX_WIDTH + 1, 1], 'relu')).toBe(false);
    expect(usesSparseRelu([784, 32, 10], 'relu')).toBe(false);
    expect(usesSparseRelu([2, 1], 'relu')).toBe(false);
    for (const other of ['tanh', 'leaky_relu', 'elu', 'linear', null]) expect(usesSparseRelu([2, 32, 32, 1], other)).toBe(false);
    expect(planSparseRelu(planLayout([2, 32, 1], 10), 'tanh')).toBeNull();
  });

  it('places its arrays after the layout, 16-byte aligned, without overlap, inside the memory it asks for', () => {
    const dims = [3, 7, 33, 5, 1];
    const layout = planLayout(dims, 37);
    const plan = planSparseRelu(layout, 'relu')!;
    const L = dims.length - 1;
    const regions: [number, number][] = [];
    plan.layers.forEach((layer, l) => {
      expect(layer.width).toBe(dims[l] + (dims[l] % 2));
      expect(layer.words).toBe(Math.ceil(dims[l] / 32));
      const hidden = l >= 1 && l < L;
      const sizes: [number, number, boolean][] = [
        [layer.WT, dims[l - 1] * layer.width * 8, hidden],
        [layer.S, layout.ld * layer.width * 8, hidden],
        [layer.M, layout.ld * layer.words * 4, hidden && l < L - 1],
        [layer.DS, layout.ld * layer.width * 8, hidden && l >= 2],
        [layer.DM, layout.ld * layer.words * 4, hidden && l >= 2],
      ];
      for (const [at, bytes, present] of sizes) {
        expect(at !== 0).toBe(present);
        if (present) regions.push([at, at + bytes]);
      }
    });
    regions.sort((a, b) => a[0] - b[0]);
    expect(regions[0][0]).toBeGreaterThanOrEqual(layout.bytes);
    for (const [at] of regions) expect(at % 16).toBe(0);
    for (let i = 1; i < regions.length; i++) expect(regions[i][0]).toBeGreaterThanOrEqual(regions[i - 1][1]);
    expect(regions[regions.length - 1][1]).toBeLessThanOrEqual(plan.bytes);
    expect(plan.pages * 65536).toBeGreaterThanOrEqual(plan.bytes);
  });

  it('leaves a network to the dense kernels when its extra arrays would not fit the kernel memory', () => {
    const layout = planLayout([2, 64, 64, 64, 64, 64, 1], 75_000);
    expect(layout.bytes).toBeLessThan(2 ** 30);
    expect(planSparseRelu(layout, 'relu')).toBeNull();
    expect(planSparseRelu(planLayout([2, 64, 64, 64, 64, 64, 1], 1000), 'relu')).not.toBeNull();
  });
});
