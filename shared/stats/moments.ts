// Mean and sample variance, shifted by the first value so identical inputs give exactly that value and 0.

/** Arithmetic mean of a non-empty array: x₀ + Σ(xᵢ − x₀)/n, exact for identical values. */
export function meanOf(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) throw new RangeError('meanOf needs a non-empty array');
  const x0 = values[0];
  let sum = 0;
  for (let i = 1; i < n; i++) sum += values[i] - x0;
  return x0 + sum / n;
}

/** Sample variance (divisor n − 1) for n ≥ 2, two-pass around the mean; exactly 0 for identical values. */
export function sampleVarianceOf(values: ArrayLike<number>, mean: number = meanOf(values)): number {
  const n = values.length;
  if (n < 2) throw new RangeError(`sampleVarianceOf needs at least 2 values, got ${n}`);
  let ss = 0;
  let comp = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    ss += d * d;
    comp += d;
  }
  // The compensation term removes the rounding left in the mean (the corrected two-pass algorithm).
  return Math.max(0, ss - (comp * comp) / n) / (n - 1);
}
