// Which points of a long curve to draw: per bucket the first point, the lowest, the highest and any non-finite
// one, so spikes and gaps survive while a 15 000-point curve draws as a few thousand points.

/** Indices (ascending) of the points to keep out of `ys`, at most about 4 per bucket. Short curves keep every index. */
export function decimationIndices(ys: ArrayLike<number>, maxPoints: number): number[] {
  const n = ys.length;
  if (n <= maxPoints) return Array.from({ length: n }, (_, i) => i);
  const buckets = Math.max(1, Math.floor(maxPoints / 4));
  const size = n / buckets;
  const keep: number[] = [];
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor(b * size);
    const end = Math.min(n, Math.floor((b + 1) * size));
    if (start >= end) continue;
    let lo = -1;
    let hi = -1;
    let gap = -1;
    for (let i = start; i < end; i++) {
      const v = ys[i];
      if (!Number.isFinite(v)) {
        if (gap < 0) gap = i;
        continue;
      }
      if (lo < 0 || v < ys[lo]) lo = i;
      if (hi < 0 || v > ys[hi]) hi = i;
    }
    const picked = new Set([start, end - 1]);
    for (const i of [lo, hi, gap]) if (i >= 0) picked.add(i);
    keep.push(...[...picked].sort((a, b) => a - b));
  }
  return keep;
}
