// Debiased exponential moving average, as training dashboards smooth noisy curves.

/**
 * Smooths y with weight `beta` in [0, 1): s_t = β·s_{t−1} + (1−β)·y_t, divided by (1 − β^k) where k counts
 * the finite values seen, so the start is not pulled towards zero. Non-finite values stay as gaps (null)
 * and do not enter the average.
 */
export function debiasedEma(y: ArrayLike<number | null>, beta: number): (number | null)[] {
  if (!(beta >= 0 && beta < 1)) throw new RangeError(`beta must be in [0, 1), got ${beta}`);
  const out: (number | null)[] = new Array(y.length);
  let acc = 0;
  let k = 0;
  for (let i = 0; i < y.length; i++) {
    const v = y[i];
    if (v == null || !Number.isFinite(v)) {
      out[i] = null;
      continue;
    }
    acc = beta * acc + (1 - beta) * v;
    k++;
    out[i] = acc / (1 - Math.pow(beta, k));
  }
  return out;
}
