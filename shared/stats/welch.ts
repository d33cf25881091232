// Welch's unequal-variance t-test, two-sided, with Welch–Satterthwaite degrees of freedom.
import { studentTTwoSided } from './distributions';
import { meanOf, sampleVarianceOf } from './moments';
import { checkSample } from './validate';

/** Welch's t statistic (mean a − mean b over its standard error), its degrees of freedom and the two-sided p-value. */
export interface WelchResult {
  t: number | null;
  df: number | null;
  p: number | null;
}

/**
 * Welch's t-test of equal means (as scipy.stats.ttest_ind(a, b, equal_var=False)).
 * Undefined cases are null: either sample has fewer than 2 values (no variance), or both have zero
 * variance and equal means (0/0). Both zero variance with different means gives t = ±Infinity, p = 0
 * and df null, as scipy does for the statistic and p-value. Rejects NaN and ±Infinity.
 */
export function welchTTest(a: ArrayLike<number>, b: ArrayLike<number>): WelchResult {
  checkSample(a, 'a');
  checkSample(b, 'b');
  const na = a.length;
  const nb = b.length;
  if (na < 2 || nb < 2) return { t: null, df: null, p: null };
  const ma = meanOf(a);
  const mb = meanOf(b);
  const qa = sampleVarianceOf(a, ma) / na;
  const qb = sampleVarianceOf(b, mb) / nb;
  const se2 = qa + qb;
  const diff = ma - mb;
  if (se2 === 0) {
    if (diff === 0) return { t: null, df: null, p: null };
    return { t: diff > 0 ? Infinity : -Infinity, df: null, p: 0 };
  }
  const t = diff / Math.sqrt(se2);
  const df = (se2 * se2) / ((qa * qa) / (na - 1) + (qb * qb) / (nb - 1));
  return { t, df, p: studentTTwoSided(t, df) };
}
