import { describe, expect, it } from 'vitest';
import { PANEL, SAMPLE_TILE, panelIndex, planLayout } from '../../../shared/engine/kernel/layout';

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
        [layer.AT, layer.panels * layout.ld * PANEL],
      ];
      for (const [at, doubles] of sizes) if (doubles > 0) regions.push([at, at + 8 * doubles]);
      expect(layer.panels * PANEL).toBeGreaterThanOrEqual(n);
    });
    regions.push([layout.Y, layout.Y + 8 * layout.ld]);
    regions.sort((a, b) => a[0] - b[0]);
    for (const [at] of regions) expect(at % 16).toBe(0);
    for (let i = 1; i < regions.length; i++) expect(regions[i][0]).toBeGreaterThanOrEqual(regions[i - 1][1]);
    expect(regions[regions.length - 1][1]).toBeLessThanOrEqual(layout.bytes);
    expect(layout.pages * 65536).toBeGreaterThanOrEqual(layout.bytes);
  });

  it('stores a transposed activation in panels of PANEL features, the PANEL values of a sample contiguous', () => {
    const ld = planLayout([9, 1], 10).ld;
    const seen = new Set<number>();
    for (let i = 0; i < 9; i++) for (let j = 0; j < ld; j++) seen.add(panelIndex(ld, i, j));
    expect(seen.size).toBe(9 * ld);
    expect(Math.max(...seen)).toBeLessThan(Math.ceil(9 / PANEL) * ld * PANEL);
    expect(panelIndex(ld, 1, 0) - panelIndex(ld, 0, 0)).toBe(1);
    expect(panelIndex(ld, 0, 1) - panelIndex(ld, 0, 0)).toBe(PANEL);
    expect(panelIndex(ld, PANEL, 0)).toBe(ld * PANEL);
  });

  it('rejects layer sizes and capacities that are not positive integers', () => {
    expect(() => planLayout([2, 0, 1], 10)).toThrow(/dims/);
    expect(() => planLayout([2], 10)).toThrow(/dims/);
    expect(() => planLayout([2, 3, 1], 0)).toThrow(/capacity/);
  });
});
