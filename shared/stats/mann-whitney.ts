// The Mann–Whitney U test (Wilcoxon rank-sum), exact or by the normal approximation, as scipy computes it.
import { normalSf } from './distributions';
import { averageRanks } from './ranks';
import { checkSample } from './validate';

/** How the p-value is found: the exact null distribution of U, or the normal approximation. */
export type MannWhitneyMethod = 'exact' | 'asymptotic';

/** two-sided: the distributions differ; greater: a tends to be larger than b; less: a tends to be smaller. */
export type Alternative = 'two-sided' | 'greater' | 'less';

/** Options of mannWhitneyU; every default is scipy.stats.mannwhitneyu's. */
export interface MannWhitneyOptions {
  /** 'auto' (default) picks as scipy does: exact when a sample has at most 8 values and there are no ties. */
  method?: MannWhitneyMethod | 'auto';
  alternative?: Alternative;
  /** Continuity correction of ½ in the normal approximation (default true). */
  continuity?: boolean;
}

/** U of sample a (pairs with a above b, ties counted ½), its p-value and the method used. */
export interface MannWhitneyResult {
  u: number;
  p: number;
  method: MannWhitneyMethod;
}

/**
 * The exact distribution is built by counting (O((n_a·n_b)²/2) additions); beyond this many pairs
 * 'auto' uses the normal approximation instead, which is then accurate to well under 1e-3.
 */
export const EXACT_MAX_PAIRS = 20_000;

/**
 * Mann–Whitney U test, matching scipy.stats.mannwhitneyu (scipy ≥ 1.7):
 * - exact: p from the exact null distribution of U, with no tie correction;
 * - asymptotic: z = (U − n_a·n_b/2 − ½)/σ with the tie-corrected σ² = n_a·n_b/12 · ((n+1) − Σ(t³ − t)/(n(n−1))),
 *   and p from the normal upper tail (doubled for two-sided, at most 1);
 * - auto: exact when min(n_a, n_b) ≤ 8 and no value is repeated, asymptotic otherwise (and asymptotic when
 *   n_a·n_b > EXACT_MAX_PAIRS, where scipy would still count).
 * Rejects NaN; ±Infinity are ranked like any value.
 */
export function mannWhitneyU(a: ArrayLike<number>, b: ArrayLike<number>, options: MannWhitneyOptions = {}): MannWhitneyResult {
  checkSample(a, 'a', 'no-nan');
  checkSample(b, 'b', 'no-nan');
  const { alternative = 'two-sided', continuity = true } = options;
  const n1 = a.length;
  const n2 = b.length;
  const { ranks, tieSizes } = averageRanks([...Array.from(a), ...Array.from(b)]);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i];
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  // The p-value is always an upper tail of U (the lower tail of U1 is the upper tail of U2).
  const [u, factor] = alternative === 'greater' ? [u1, 1] : alternative === 'less' ? [u2, 1] : [Math.max(u1, u2), 2];
  const method = chooseMethod(options.method ?? 'auto', n1, n2, tieSizes.some((t) => t > 1));
  const tail = method === 'exact' ? exactUpperTail(u, n1, n2) : normalUpperTail(u, n1, n2, tieSizes, continuity);
  return { u: u1, p: Math.min(1, Math.max(0, factor * tail)), method };
}

function chooseMethod(method: MannWhitneyMethod | 'auto', n1: number, n2: number, ties: boolean): MannWhitneyMethod {
  if (method !== 'auto') return method;
  if ((n1 > 8 && n2 > 8) || ties || n1 * n2 > EXACT_MAX_PAIRS) return 'asymptotic';
  return 'exact';
}

function normalUpperTail(u: number, n1: number, n2: number, tieSizes: number[], continuity: boolean): number {
  const n = n1 + n2;
  const tieTerm = tieSizes.reduce((s, t) => s + t * t * t - t, 0);
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  const numerator = u - (n1 * n2) / 2 - (continuity ? 0.5 : 0);
  // σ = 0 when every value is equal: z = ±Infinity (numerator ≠ 0 with the correction), as in scipy.
  return normalSf(numerator / sigma);
}

/** P(U ≥ u) under the null; a half-integer U (ties, forced exact) is truncated as scipy does, which errs larger. */
function exactUpperTail(u: number, n1: number, n2: number): number {
  const total = n1 * n2;
  const k = Math.floor(u);
  if (k <= 0) return 1;
  if (k > total) return 0;
  const half = Math.floor(total / 2);
  const counts = uCounts(Math.min(n1, n2), Math.max(n1, n2), half);
  const all = binomial(n1 + n2, Math.min(n1, n2));
  // U is symmetric about total/2: P(U ≥ k) = P(U ≤ total − k); sum whichever side lies in 0..half.
  const j = total - k;
  if (j <= half) return sumTo(counts, j) / all;
  return 1 - sumTo(counts, k - 1) / all;
}

/** Number of arrangements with U = u for u = 0..maxU, m ≤ n: c_{m,n}(u) = c_{m,n−1}(u) + c_{m−1,n}(u − n). */
function uCounts(m: number, n: number, maxU: number): Float64Array {
  // f[i] holds c_{i,j}(·) for the current column j; adding the j-th value of the larger sample each step.
  const f = Array.from({ length: m + 1 }, () => new Float64Array(maxU + 1));
  f[0][0] = 1;
  for (let i = 1; i <= m; i++) f[i][0] = 1; // c_{i,0}: only U = 0.
  for (let j = 1; j <= n; j++) {
    for (let i = 1; i <= m; i++) {
      const row = f[i];
      const prev = f[i - 1];
      // c_{i,j}(u) = c_{i,j−1}(u) + c_{i−1,j}(u − j); f[i−1] already holds column j.
      for (let u = maxU; u >= j; u--) row[u] += prev[u - j];
    }
  }
  return f[m];
}

function sumTo(counts: Float64Array, j: number): number {
  let s = 0;
  for (let u = 0; u <= j; u++) s += counts[u];
  return s;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r < 2 ** 53 ? Math.round(r) : r;
}
