// One pairwise comparison of two arms on one metric: the tests, the interval and the effect sizes together.
import type { Rng } from '../engine/rng/types';
import { bootstrapMeanDiff, BOOTSTRAP_RESAMPLES } from './bootstrap';
import { cliffDelta, cohenD } from './effect-size';
import { mannWhitneyU, type MannWhitneyMethod } from './mann-whitney';
import { meanOf } from './moments';
import { checkSample } from './validate';
import { welchTTest } from './welch';

/** Everything said about "a against b"; differences and effects are signed a − b (positive: a larger). */
export interface Comparison {
  /** Welch's two-sided p-value; null when undefined (a sample of one, or both constant and equal). */
  welchP: number | null;
  /** Mann–Whitney U two-sided p-value, by the method in mannWhitneyMethod (scipy's 'auto' rule). */
  mannWhitneyP: number;
  mannWhitneyMethod: MannWhitneyMethod;
  meanDiff: number;
  /** Percentile bootstrap 95% interval of meanDiff (BOOTSTRAP_RESAMPLES resamples). */
  ci95: [number, number];
  /** Cohen's d with the pooled sd; null when the pooled sd is 0 or there are fewer than 3 values in all. */
  cohenD: number | null;
  cliffDelta: number;
  nA: number;
  nB: number;
}

/**
 * Compares sample a with sample b (e.g. final costs of two arms across seeds). Values must be finite:
 * a diverged run's NaN or Infinity cost is the caller's to drop (and to report) before comparing.
 * The bootstrap draws BOOTSTRAP_RESAMPLES·(n_a + n_b) integers from rng; pass a freshly seeded stream
 * per comparison so the interval does not depend on the order comparisons are made in.
 */
export function compare(a: ArrayLike<number>, b: ArrayLike<number>, rng: Rng): Comparison {
  checkSample(a, 'a');
  checkSample(b, 'b');
  const mw = mannWhitneyU(a, b);
  return {
    welchP: welchTTest(a, b).p,
    mannWhitneyP: mw.p,
    mannWhitneyMethod: mw.method,
    meanDiff: meanOf(a) - meanOf(b),
    ci95: bootstrapMeanDiff(a, b, rng, { resamples: BOOTSTRAP_RESAMPLES }),
    cohenD: cohenD(a, b),
    cliffDelta: cliffDelta(a, b),
    nA: a.length,
    nB: b.length,
  };
}
