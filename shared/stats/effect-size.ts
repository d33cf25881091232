// Effect sizes of a difference between two samples: Cohen's d (standardized means) and Cliff's delta (dominance).
import { meanOf, sampleVarianceOf } from './moments';
import { checkSample } from './validate';

/**
 * Cohen's d = (mean a − mean b) / pooled sd, pooled sd = √(((n_a−1)s_a² + (n_b−1)s_b²)/(n_a+n_b−2)).
 * Null when it is undefined or infinite: n_a + n_b < 3 (no pooled degrees of freedom) or pooled sd = 0.
 * Rejects NaN and ±Infinity.
 */
export function cohenD(a: ArrayLike<number>, b: ArrayLike<number>): number | null {
  checkSample(a, 'a');
  checkSample(b, 'b');
  const na = a.length;
  const nb = b.length;
  if (na + nb < 3) return null;
  const ma = meanOf(a);
  const mb = meanOf(b);
  const ssa = na > 1 ? (na - 1) * sampleVarianceOf(a, ma) : 0;
  const ssb = nb > 1 ? (nb - 1) * sampleVarianceOf(b, mb) : 0;
  const pooled = Math.sqrt((ssa + ssb) / (na + nb - 2));
  if (pooled === 0) return null;
  return (ma - mb) / pooled;
}

/**
 * Cliff's delta = (#{a_i > b_j} − #{a_i < b_j}) / (n_a·n_b), in [−1, 1]; ties count in neither.
 * Rejects NaN; ±Infinity are ordered like any value.
 */
export function cliffDelta(a: ArrayLike<number>, b: ArrayLike<number>): number {
  checkSample(a, 'a', 'no-nan');
  checkSample(b, 'b', 'no-nan');
  const sorted = Float64Array.from(b).sort();
  let dominance = 0;
  for (let i = 0; i < a.length; i++) {
    // Values of b below a_i minus values of b above it.
    const below = lowerBound(sorted, a[i]);
    const above = sorted.length - upperBound(sorted, a[i]);
    dominance += below - above;
  }
  return dominance / (a.length * b.length);
}

/** First index whose value is ≥ x. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > x. */
function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
