// Statistics across seeds for the CLI: each arm's final metrics summarised, and every pair of arms compared.
import type { RunDetail } from '../../../shared/contract/records';
import { compareArms, summarize, type Arm, type Comparison, type Summary } from '../../../shared/stats';
import { pyFloat } from '../format/py-float';
import { textTable } from '../format/table';
import { finalCostOf } from './runs';

/** The final metrics summarised across seeds. */
export const METRICS = ['finalCost', 'trainAccuracy', 'testAccuracy'] as const;

/** One of METRICS. */
export type Metric = (typeof METRICS)[number];

/** One arm across its seeds. */
export interface ArmStats {
  init: string;
  /** Runs that finished with an outcome (done or diverged): the ones the statistics are over. */
  runs: number;
  /** Runs stopped before they finished (cancelled, e.g. by Ctrl-C, or interrupted). */
  cancelled: number;
  finalCost: Summary;
  trainAccuracy: Summary;
  testAccuracy: Summary;
}

/** Arm a against arm b on one metric (differences and effects signed a − b), as compare() reports it. */
export interface PairComparison extends Omit<Comparison, 'mannWhitneyMethod'> {
  a: string;
  b: string;
  metric: Metric;
}

function metricValues(runs: RunDetail[], metric: Metric): number[] {
  // Failed or cancelled runs have no final metrics; a diverged run's NaN cost is kept and counted as non-finite.
  const finished = runs.filter((r) => r.status === 'done' || r.status === 'diverged');
  return finished.map((r) => (metric === 'finalCost' ? finalCostOf(r) : (r[metric] ?? NaN)));
}

/** The arms in first-seen order with their runs. */
function byArm(runs: RunDetail[]): [string, RunDetail[]][] {
  const arms = new Map<string, RunDetail[]>();
  for (const r of runs) arms.set(r.arm, [...(arms.get(r.arm) ?? []), r]);
  return [...arms];
}

/** Each arm's summary of finalCost, trainAccuracy and testAccuracy over its runs. */
export function armStats(runs: RunDetail[]): ArmStats[] {
  return byArm(runs).map(([init, rs]) => ({
    init,
    runs: rs.filter((r) => r.status === 'done' || r.status === 'diverged').length,
    cancelled: rs.filter((r) => r.status === 'cancelled' || r.status === 'interrupted').length,
    finalCost: summarize(metricValues(rs, 'finalCost')),
    trainAccuracy: summarize(metricValues(rs, 'trainAccuracy')),
    testAccuracy: summarize(metricValues(rs, 'testAccuracy')),
  }));
}

/** Every pair of arms on every metric, as the app compares them (shared/stats' compareArms); a pair where either arm has no finite value is left out. */
export function pairComparisons(runs: RunDetail[]): PairComparison[] {
  const arms: Arm[] = byArm(runs).map(([init, rs]) => {
    const [finalCost, trainAccuracy, testAccuracy] = METRICS.map((m) => metricValues(rs, m));
    return { name: init, runs: finalCost.map((_, k) => ({ finalCost: finalCost[k], trainAccuracy: trainAccuracy[k], testAccuracy: testAccuracy[k] })) };
  });
  const out: PairComparison[] = [];
  for (const row of compareArms(arms, METRICS)) {
    if (row.nA === 0 || row.nB === 0) continue;
    const { a, b, metric, nonFiniteA: _na, nonFiniteB: _nb, mannWhitneyMethod: _method, ...c } = row;
    out.push({ a, b, metric, ...(c as Omit<Comparison, 'mannWhitneyMethod'>) });
  }
  return out;
}

const num = (x: number | null, digits = 4) => (x === null ? '-' : Number.isFinite(x) ? x.toPrecision(digits) : pyFloat(x));

/** The arms table: mean ± std, median and range of each metric. */
export function armsTable(stats: ArmStats[]): string {
  const cell = (s: Summary) => (s.n === 0 ? '-' : `${num(s.mean)} ± ${num(s.std, 2)}`);
  const stopped = stats.some((a) => a.cancelled > 0);
  const rows = stats.map((a) => [
    a.init,
    String(a.runs),
    ...(stopped ? [String(a.cancelled)] : []),
    cell(a.finalCost),
    num(a.finalCost.median),
    cell(a.trainAccuracy),
    cell(a.testAccuracy),
    `${num(a.testAccuracy.min)}–${num(a.testAccuracy.max)}`,
    String(a.finalCost.nonFinite),
  ]);
  return textTable(['arm', 'runs', ...(stopped ? ['cancelled'] : []), 'final cost (mean ± std)', 'median', 'train acc', 'test acc', 'test acc range', 'non-finite'], rows);
}

/** The comparisons table: one row per pair and metric. */
export function comparisonsTable(comparisons: PairComparison[]): string {
  const rows = comparisons.map((c) => [
    `${c.a} − ${c.b}`,
    c.metric,
    num(c.meanDiff),
    `[${num(c.ci95[0])}, ${num(c.ci95[1])}]`,
    num(c.welchP, 3),
    num(c.mannWhitneyP, 3),
    num(c.cohenD, 3),
    num(c.cliffDelta, 3),
  ]);
  return textTable(['pair', 'metric', 'mean diff', 'bootstrap 95% CI', 'Welch p', 'Mann–Whitney p', 'Cohen d', 'Cliff δ'], rows);
}
