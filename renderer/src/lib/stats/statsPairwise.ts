// Every pair of arms compared on one metric with shared/stats' compareArms(), and a plain sentence reading each result.
import type { Comparison } from '../../../../shared/stats/compare';
import { compareArms, type RunMetrics } from '../../../../shared/stats/arms';
import type { ArmGroup } from './statsArms';
import { SEED_METRICS, type SeedMetric } from './statsMetrics';

/** Below this p a difference is called clear in the reading. */
export const ALPHA = 0.05;

/** Size of an effect in words. */
export type EffectSize = 'negligible' | 'small' | 'medium' | 'large';

/** One pair of arms on one metric. `comparison` is null when either arm has no finite value to compare. */
export interface PairRow {
  a: { armIndex: number; label: string; color: string };
  b: { armIndex: number; label: string; color: string };
  metric: SeedMetric;
  comparison: Comparison | null;
  /** Finished seeds left out because their value was NaN or infinite (compare() takes finite values only). */
  dropped: { a: number; b: number };
  effect: EffectSize | null;
  reading: string;
}

/**
 * Effect size in words: Cohen's (1988) thresholds on |d| (0.2, 0.5, 0.8); where d is undefined (no spread),
 * Romano et al.'s (2006) thresholds on |Cliff's delta| (0.147, 0.33, 0.474).
 */
export function effectSize(c: Comparison): EffectSize {
  const [v, cuts] = c.cohenD != null ? [Math.abs(c.cohenD), [0.2, 0.5, 0.8]] : [Math.abs(c.cliffDelta), [0.147, 0.33, 0.474]];
  return v < cuts[0] ? 'negligible' : v < cuts[1] ? 'small' : v < cuts[2] ? 'medium' : 'large';
}

/** A p-value as a reader wants it: "p < 0.001", else two significant digits ("p = 0.003", "p = 0.41"). */
export function formatP(p: number | null): string {
  if (p == null || !Number.isFinite(p)) return 'p undefined';
  if (p < 0.001) return 'p < 0.001';
  return `p = ${Number(p.toPrecision(2))}`;
}

/** The p-value a reading rests on: Welch's where it is defined, else Mann–Whitney's. */
export function readingP(c: Comparison): number {
  return c.welchP ?? c.mannWhitneyP;
}

/** One line reading a comparison, better arm first: "He > Xavier on test accuracy, p = 0.003, large effect", "He < Xavier on final cost, …". */
export function readComparison(a: string, b: string, metric: SeedMetric, c: Comparison): string {
  const what = SEED_METRICS[metric].label;
  if (c.meanDiff === 0 && c.cohenD == null && c.cliffDelta === 0) return `${a} = ${b} on ${what}: the same value on every seed`;
  const p = readingP(c);
  const effect = effectSize(c);
  if (p < ALPHA && c.meanDiff !== 0) {
    // The better arm is named first: the higher accuracy (>), the lower cost (<).
    const aBetter = SEED_METRICS[metric].higherIsBetter ? c.meanDiff > 0 : c.meanDiff < 0;
    const [first, second] = aBetter ? [a, b] : [b, a];
    const sign = SEED_METRICS[metric].higherIsBetter ? '>' : '<';
    return `${first} ${sign} ${second} on ${what}, ${formatP(p)}, ${effect} effect`;
  }
  return `No clear difference between ${a} and ${b} on ${what} (${formatP(p)}, ${effect} effect)`;
}

/**
 * Compares every pair of arms (in arm order: 1 vs 2, 1 vs 3, 2 vs 3 …) on a metric over their finished seeds,
 * through compareArms, as the command line does: non-finite values are dropped and counted, and every
 * comparison bootstraps from a fresh stream seeded BOOTSTRAP_SEED, so the app shows the same interval as
 * `init-lab train --seeds … --json` for the same runs.
 */
export function pairwiseRows(groups: readonly ArmGroup[], metric: SeedMetric): PairRow[] {
  // A finished seed's metrics are all numbers (NaN where the value was not finite): a RunMetrics.
  const arms = groups.map((g) => ({ name: g.label, runs: g.runs.filter((r) => r.finished).map((r) => r.metrics as RunMetrics) }));
  // compareArms lists the pairs (i, j), i < j, in this same order.
  const pairs = groups.flatMap((ga, i) => groups.slice(i + 1).map((gb) => [ga, gb] as const));
  return compareArms(arms, [metric]).map((row, k) => {
    const [ga, gb] = pairs[k];
    const a = { armIndex: ga.armIndex, label: ga.label, color: ga.color };
    const b = { armIndex: gb.armIndex, label: gb.label, color: gb.color };
    const dropped = { a: row.nonFiniteA, b: row.nonFiniteB };
    if (row.meanDiff === null) {
      const missing = row.nA === 0 ? ga.label : gb.label;
      return { a, b, metric, comparison: null, dropped, effect: null, reading: `${missing} has no finished seed with a finite ${SEED_METRICS[metric].label} yet` };
    }
    const { a: _a, b: _b, metric: _m, nonFiniteA: _na, nonFiniteB: _nb, ...comparison } = row;
    return { a, b, metric, comparison, dropped, effect: effectSize(comparison), reading: readComparison(ga.label, gb.label, metric, comparison) };
  });
}
