// Mean and population standard deviation of a strided-free run of numbers.

/** Mean and standard deviation (ddof 0) of a[0 .. n); NaN for an empty run, non-finite if any value is. */
export function moments(a: Float64Array, n = a.length): { mean: number; std: number } {
  if (n === 0) return { mean: NaN, std: NaN };
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i];
  const mean = s / n;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = a[i] - mean;
    v += d * d;
  }
  return { mean, std: Math.sqrt(v / n) };
}
