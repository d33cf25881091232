// Quantiles by linear interpolation between order statistics (numpy's and R's default, "type 7").

/** The q-quantile (0 ≤ q ≤ 1) of an ascending-sorted, non-empty array: sorted[h] + (h − ⌊h⌋)·(next − sorted[h]) with h = (n − 1)·q. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('quantileSorted needs a non-empty array');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile needs 0 ≤ q ≤ 1, got ${q}`);
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const frac = h - lo;
  if (frac === 0) return sorted[lo];
  const a = sorted[lo];
  const b = sorted[hi];
  // numpy's lerp: interpolate from the nearer end, so results match numpy.quantile to the last bit.
  return frac < 0.5 ? a + (b - a) * frac : b - (b - a) * (1 - frac);
}

/** An ascending copy of the values (numeric order, not string order). */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}
