// The normal and Student t distributions, as far as the tests and intervals here need them.
import { incompleteBeta, logBeta, upperIncompleteGamma } from './special';

/** The complementary error function erfc(x) = Q(1/2, x²) for x ≥ 0, reflected for x < 0; relative error near 1e-15. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  return upperIncompleteGamma(0.5, x * x);
}

/** P(Z ≤ z) for a standard normal Z. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** P(Z ≥ z) for a standard normal Z, accurate far into the upper tail. */
export function normalSf(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/** P(|T| ≥ |t|) for T ~ t(df): the two-sided p-value, I_{df/(df+t²)}(df/2, 1/2), exact in the tails. */
export function studentTTwoSided(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`studentTTwoSided needs df > 0, got ${df}`);
  if (Number.isNaN(t)) return NaN;
  if (!Number.isFinite(t)) return 0;
  const t2 = t * t;
  return incompleteBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
}

/** P(T ≤ t) for T ~ t(df). */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * studentTTwoSided(t, df);
  return t < 0 ? tail : 1 - tail;
}

/** The t(df) quantile: the t with P(T ≤ t) = p, for 0 < p < 1 (e.g. p = 0.975 gives the 95% interval's half-width factor). */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile needs 0 < p < 1, got ${p}`);
  if (!(df > 0)) throw new RangeError(`studentTQuantile needs df > 0, got ${df}`);
  if (p === 0.5) return 0;
  // Solve I_x(df/2, 1/2) = tail for x ∈ (0, 1), then t = √(df·(1 − x)/x); Newton inside a bisection bracket.
  const tail = 2 * Math.min(p, 1 - p);
  const a = df / 2;
  const b = 0.5;
  const lnB = logBeta(a, b);
  let lo = 0;
  let hi = 1;
  let x = 0.5;
  for (let i = 0; i < 200; i++) {
    const f = incompleteBeta(x, a, b) - tail;
    if (f === 0) break;
    if (f > 0) hi = x;
    else lo = x;
    const slope = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lnB);
    let next = x - f / slope;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) <= 1e-15 * x) {
      x = next;
      break;
    }
    x = next;
  }
  const t = Math.sqrt((df * (1 - x)) / x);
  return p > 0.5 ? t : -t;
}
