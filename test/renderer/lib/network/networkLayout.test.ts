import { describe, expect, it } from 'vitest';
import { drawnUnits, networkLayout } from '../../../../renderer/src/lib/network/networkLayout';

/** A dims[l+1] × dims[l] matrix whose entry (i, k) is f(i, k). */
const mat = (rows: number, cols: number, f: (i: number, k: number) => number) => Float64Array.from({ length: rows * cols }, (_, j) => f(Math.floor(j / cols), j % cols));

describe('networkLayout', () => {
  it('draws every unit of a [2, 20, 7, 5, 1] net but the 20-unit layer, which shows 12 and counts 8 more', () => {
    const dims = [2, 20, 7, 5, 1];
    const mats = dims.slice(1).map((n, l) => mat(n, dims[l], () => 1));
    const d = networkLayout(dims, mats);
    expect(d.columns.map((c) => [c.nodes.length, c.hidden])).toEqual([[2, 0], [12, 8], [7, 0], [5, 0], [1, 0]]);
  });

  it('puts the columns left to right, evenly, and every node of a column at its x and inside the drawing', () => {
    const dims = [3, 4, 1];
    const d = networkLayout(dims, [mat(4, 3, () => 1), mat(1, 4, () => 1)], { width: 600, height: 300 });
    const xs = d.columns.map((c) => c.x);
    expect(xs[1] - xs[0]).toBeCloseTo(xs[2] - xs[1], 12);
    for (const c of d.columns) for (const n of c.nodes) {
      expect(n.x).toBe(c.x);
      expect(n.y).toBeGreaterThan(0);
      expect(n.y).toBeLessThan(300);
    }
    // nodes of a column stand in unit order, top to bottom
    expect(d.columns[1].nodes.map((n) => n.y)).toEqual([...d.columns[1].nodes.map((n) => n.y)].sort((a, b) => a - b));
  });

  it("links unit k of layer l to unit i of layer l + 1 with W[l]'s entry (i, k), row-major as the engine stores it", () => {
    const d = networkLayout([2, 3], [mat(3, 2, (i, k) => 10 * i + k + 1)]);
    const link = d.links.find((k) => k.from.unit === 1 && k.to.unit === 2)!;
    expect(link.value).toBe(22);
    expect(d.maxAbs).toBe(22);
  });

  it('keeps only the strongest links between two columns, whatever their sign', () => {
    const d = networkLayout([4, 4], [mat(4, 4, (i, k) => (i === k ? -(i + 1) * 10 : 0.1))], { maxLinks: 3 });
    expect(d.links.map((k) => k.value)).toEqual([-40, -30, -20]);
  });

  it('summarises a 784-input net: 12 inputs drawn, the ones with the strongest outgoing weights, and "+772"', () => {
    const dims = [784, 300, 10];
    // inputs 100..111 carry the largest weights into every hidden unit
    const W0 = mat(300, 784, (_, k) => (k >= 100 && k < 112 ? 1 : 0.001));
    const W1 = mat(10, 300, () => 0.5);
    const d = networkLayout(dims, [W0, W1]);
    expect(d.columns[0].nodes.map((n) => n.unit)).toEqual(Array.from({ length: 12 }, (_, i) => 100 + i));
    expect(d.columns[0].hidden).toBe(772);
    expect(d.columns[1].hidden).toBe(288);
    expect(d.columns[2].nodes).toHaveLength(10);
    expect(d.links.length).toBeLessThanOrEqual(2 * 60);
  });
});

describe('networkLayout of a very deep net', () => {
  it('draws at most 1,200 links in all, the strongest of each pair of layers, so a 100-layer page stays quick', () => {
    const dims = [2, ...Array<number>(100).fill(8), 1];
    const mats = dims.slice(1).map((n, l) => mat(n, dims[l], (i, k) => i + k));
    const d = networkLayout(dims, mats);
    expect(d.links.length).toBeLessThanOrEqual(1200);
    expect(d.links.filter((k) => k.layer === 50).length).toBe(Math.floor(1200 / 101));
  });
});

describe('drawnUnits', () => {
  it('ranks a large layer by incoming and outgoing |values| together, and ranks a non-finite link first', () => {
    const dims = [1, 14, 1];
    const into = mat(14, 1, (i) => (i === 3 ? NaN : i === 5 ? -50 : 1));
    const out = mat(1, 14, (_, k) => (k === 13 ? 40 : 1));
    const units = drawnUnits(dims, [into, out], 3);
    expect(units[1]).toEqual([3, 5, 13]);
  });
});
