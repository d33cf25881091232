import { describe, expect, it } from 'vitest';
import { decimationIndices } from '../../../../renderer/src/lib/charts/decimate';

describe('decimationIndices', () => {
  it('keeps every point of a short curve', () => {
    expect(decimationIndices([3, 1, 2], 10)).toEqual([0, 1, 2]);
  });

  it('keeps a lone spike and a lone infinity of a long curve', () => {
    const ys = new Array(10_000).fill(1);
    ys[4321] = 50;
    ys[777] = Infinity;
    const keep = decimationIndices(ys, 400);
    expect(keep.length).toBeLessThanOrEqual(400);
    expect(keep).toContain(4321);
    expect(keep).toContain(777);
    expect(keep[0]).toBe(0);
    expect(keep[keep.length - 1]).toBe(9999);
  });

  it('returns indices in ascending order without repeats', () => {
    const ys = Array.from({ length: 5000 }, (_, i) => Math.sin(i));
    const keep = decimationIndices(ys, 500);
    for (let i = 1; i < keep.length; i++) expect(keep[i]).toBeGreaterThan(keep[i - 1]);
  });
});
