import { describe, expect, it } from 'vitest';
import { SAMPLE_TILE, planLayout } from '../../../shared/engine/kernel/layout';

describe('planLayout', () => {
  it('pads the batch to whole sample tiles', () => {
    expect(planLayout([2, 3, 1], 301).ld).toBe(304);
    expect(planLayout([2, 3, 1], 8).ld).toBe(8);
    expect(SAMPLE_TILE).toBe(4);
  });

  it('places every array 16-byte aligned, without overlap, inside the memory it asks for', () => {
    const dims = [3, 7, 5, 1];
    const layout = planLayout(dims, 37);
    const regions: [number, number][] = [];
    layout.layers.forEach((layer, l) => {
      const n = dims[l];
      const prev = l > 0 ? dims[l - 1] : 0;
      const sizes: [number, number][] = [
        [layer.W, n * prev],
        [layer.dW, n * prev],
        [layer.b, l > 0 ? n : 0],
        [layer.db, l > 0 ? n : 0],
        [layer.Z, l > 0 ? n * layout.ld : 0],
        [layer.A, n * layout.ld],
        [layer.dZ, l > 0 ? n * layout.ld : 0],
        [layer.dA, l > 0 ? n * layout.ld : 0],
        [layer.AT, layout.ld * layer.ldT],
      ];
      for (const [at, doubles] of sizes) if (doubles > 0) regions.push([at, at + 8 * doubles]);
      expect(layer.ldT % 2).toBe(0);
      expect(layer.ldT).toBeGreaterThanOrEqual(n);
    });
    regions.push([layout.Y, layout.Y + 8 * layout.ld]);
    regions.sort((a, b) => a[0] - b[0]);
    for (const [at] of regions) expect(at % 16).toBe(0);
    for (let i = 1; i < regions.length; i++) expect(regions[i][0]).toBeGreaterThanOrEqual(regions[i - 1][1]);
    expect(regions[regions.length - 1][1]).toBeLessThanOrEqual(layout.bytes);
    expect(layout.pages * 65536).toBeGreaterThanOrEqual(layout.bytes);
  });

  it('rejects layer sizes and capacities that are not positive integers', () => {
    expect(() => planLayout([2, 0, 1], 10)).toThrow(/dims/);
    expect(() => planLayout([2], 10)).toThrow(/dims/);
    expect(() => planLayout([2, 3, 1], 0)).toThrow(/capacity/);
  });
});
