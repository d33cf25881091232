// The p = 0.5 contour of a probability grid as line segments (marching squares, linear interpolation on edges).

/** A segment in grid coordinates (column, row as fractional indices). */
export type Segment = [x0: number, y0: number, x1: number, y1: number];

/** Segments where a size × size row-major grid crosses `level`. */
export function contourSegments(values: ArrayLike<number>, size: number, level = 0.5): Segment[] {
  const out: Segment[] = [];
  const at = (r: number, c: number) => values[r * size + c];
  const lerp = (a: number, b: number) => (a === b ? 0.5 : (level - a) / (b - a));
  for (let r = 0; r < size - 1; r++) {
    for (let c = 0; c < size - 1; c++) {
      const v00 = at(r, c);
      const v01 = at(r, c + 1);
      const v10 = at(r + 1, c);
      const v11 = at(r + 1, c + 1);
      if (![v00, v01, v10, v11].every(Number.isFinite)) continue;
      // crossing points on the four edges: bottom (r, c→c+1), right (c+1, r→r+1), top (r+1), left (c)
      const pts: [number, number][] = [];
      if (v00 > level !== v01 > level) pts.push([c + lerp(v00, v01), r]);
      if (v01 > level !== v11 > level) pts.push([c + 1, r + lerp(v01, v11)]);
      if (v10 > level !== v11 > level) pts.push([c + lerp(v10, v11), r + 1]);
      if (v00 > level !== v10 > level) pts.push([c, r + lerp(v00, v10)]);
      if (pts.length === 2) out.push([pts[0][0], pts[0][1], pts[1][0], pts[1][1]]);
      else if (pts.length === 4) {
        // saddle: pair by the centre value so the contour does not cross itself
        const centre = (v00 + v01 + v10 + v11) / 4;
        if (centre > level === v00 > level) {
          out.push([pts[0][0], pts[0][1], pts[1][0], pts[1][1]], [pts[2][0], pts[2][1], pts[3][0], pts[3][1]]);
        } else {
          out.push([pts[0][0], pts[0][1], pts[3][0], pts[3][1]], [pts[1][0], pts[1][1], pts[2][0], pts[2][1]]);
        }
      }
    }
  }
  return out;
}
