// Every pair of arms compared on one metric with shared/stats' compare(), and a plain sentence reading each result.
import { createRng } from '../../../shared/engine/rng';
import { compare, type Comparison } from '../../../shared/stats/compare';
import { BOOTSTRAP_SEED } from '../../../shared/stats/arms';
import { metricValues, type ArmGroup } from './statsArms';
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
 * Seed of the bootstrap stream (shared/stats'): each comparison draws from a fresh stream with it, as compareArms
 * does for the command line, so a row never depends on the other rows and the app shows the same interval as
 * `init-lab train --seeds … --json` for the same runs.
 */
export { BOOTSTRAP_SEED };

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
 * Compares every pair of arms (in arm order: 1 vs 2, 1 vs 3, 2 vs 3 …) on a metric over their finished seeds.
 * Non-finite values are dropped and counted, as compare() requires; every comparison bootstraps from a fresh
 * stream seeded BOOTSTRAP_SEED.
 */
export function pairwiseRows(groups: readonly ArmGroup[], metric: SeedMetric): PairRow[] {
  const rows: PairRow[] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const [ga, gb] = [groups[i], groups[j]];
      const va = metricValues(ga, metric);
      const vb = metricValues(gb, metric);
      const fa = va.filter(Number.isFinite);
      const fb = vb.filter(Number.isFinite);
      const a = { armIndex: ga.armIndex, label: ga.label, color: ga.color };
      const b = { armIndex: gb.armIndex, label: gb.label, color: gb.color };
      const dropped = { a: va.length - fa.length, b: vb.length - fb.length };
      if (!fa.length || !fb.length) {
        const missing = !fa.length ? ga.label : gb.label;
        rows.push({ a, b, metric, comparison: null, dropped, effect: null, reading: `${missing} has no finished seed with a finite ${SEED_METRICS[metric].label} yet` });
        continue;
      }
      const comparison = compare(fa, fb, createRng('seedrandom', BOOTSTRAP_SEED));
      rows.push({ a, b, metric, comparison, dropped, effect: effectSize(comparison), reading: readComparison(ga.label, gb.label, metric, comparison) });
    }
  }
  return rows;
}
