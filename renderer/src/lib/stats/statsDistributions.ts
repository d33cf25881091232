// Per-arm distributions of the final metrics over seeds: the summary table, target-loss reach and box/strip data.
import { quantileSorted, sortedCopy } from '../../../../shared/stats/quantile';
import { summarize, type Summary } from '../../../../shared/stats/summary';
import { targetReach, type TargetReach } from '../../../../shared/stats/targets';
import { metricValues, type ArmGroup } from './statsArms';
import { SEED_METRIC_NAMES, type SeedMetric } from './statsMetrics';

/** One arm's summary of one metric; non-finite values are left out of every statistic and counted (shared/stats' rule). */
export interface MetricSummary {
  metric: SeedMetric;
  summary: Summary;
}

/** One arm's row group in the distribution table. */
export interface ArmDistribution {
  armIndex: number;
  label: string;
  color: string;
  /** Runs still queued or training, or stopped without an outcome (not counted). */
  uncounted: number;
  metrics: MetricSummary[];
  /** Target-loss reach over the arm's finished runs' recorded costs. */
  reach: TargetReach;
}

/** The distribution table: per arm, every metric's summary and how many seeds reached the target loss, and when. */
export function armDistributions(groups: readonly ArmGroup[], target: number): ArmDistribution[] {
  return groups.map((g) => {
    const finished = g.runs.filter((r) => r.finished);
    return {
      armIndex: g.armIndex,
      label: g.label,
      color: g.color,
      uncounted: g.runs.length - finished.length,
      metrics: SEED_METRIC_NAMES.map((metric) => ({ metric, summary: summarize(metricValues(g, metric)) })),
      reach: targetReach(
        finished.map((r) => r.costs),
        target,
      ),
    };
  });
}

/** One seed's value in a strip plot; non-finite values are drawn apart (above the axis) and named. */
export interface StripPoint {
  runId: string;
  seed: number;
  value: number;
  finite: boolean;
}

/** The five numbers a box draws: quartiles (numpy's linear rule) and the whiskers at min and max. */
export interface BoxStats {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** One arm's points and box for one metric. */
export interface ArmStrip {
  armIndex: number;
  label: string;
  color: string;
  points: StripPoint[];
  box: BoxStats | null;
}

/** Box over the finite values; null when there are none. */
export function boxStats(values: readonly number[]): BoxStats | null {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return null;
  const s = sortedCopy(finite);
  return { min: s[0], q1: quantileSorted(s, 0.25), median: quantileSorted(s, 0.5), q3: quantileSorted(s, 0.75), max: s[s.length - 1] };
}

/** Strip-plot data of one metric: every finished seed per arm, with the box of the finite ones. */
export function armStrips(groups: readonly ArmGroup[], metric: SeedMetric): ArmStrip[] {
  return groups.map((g) => {
    const points = g.runs
      .filter((r) => r.finished)
      .map((r) => {
        const value = r.metrics[metric] as number;
        return { runId: r.id, seed: r.seed, value, finite: Number.isFinite(value) };
      });
    return { armIndex: g.armIndex, label: g.label, color: g.color, points, box: boxStats(points.map((p) => p.value)) };
  });
}
