import { describe, expect, it } from 'vitest';
import { contourSegments } from '../../../../renderer/src/lib/boundary/marchingSquares';

describe('contourSegments', () => {
  it('finds no contour in a grid entirely on one side of the level', () => {
    expect(contourSegments(new Float64Array(9).fill(0.9), 3)).toEqual([]);
  });

  it('puts a vertical boundary half way between columns valued 0 and 1', () => {
    // 2×2 grid, left column 0, right column 1: the 0.5 crossing is at x = 0.5 on both rows
    const segs = contourSegments([0, 1, 0, 1], 2);
    expect(segs).toHaveLength(1);
    const [x0, , x1] = segs[0];
    expect(x0).toBeCloseTo(0.5, 12);
    expect(x1).toBeCloseTo(0.5, 12);
  });

  it('skips cells with non-finite values', () => {
    expect(contourSegments([0, NaN, 0, 1], 2)).toEqual([]);
  });
});
