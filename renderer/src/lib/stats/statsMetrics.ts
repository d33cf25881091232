// The final metrics compared across seeds: one registry, which names, formats and orders them everywhere.
import { formatNumber, formatPercent } from '../runs/format';

/** How one final metric is read off a run and shown. */
export interface SeedMetricDef {
  /** Lower case, for sentences ("on test accuracy"). */
  label: string;
  /** Capitalised, for headings. */
  title: string;
  /** Whether a larger value is the better outcome (accuracy) or the worse one (cost). */
  higherIsBetter: boolean;
  format(x: number | null | undefined): string;
  /** Formats a difference of two values (percentage points for accuracies). */
  formatDiff(x: number | null | undefined): string;
}

function points(x: number | null | undefined): string {
  if (x == null || !Number.isFinite(x)) return formatNumber(x);
  const pp = Math.round(x * 1000) / 10;
  return `${pp > 0 ? '+' : pp < 0 ? '−' : ''}${Math.abs(pp).toFixed(1)} pp`;
}

function signed(x: number | null | undefined): string {
  if (x == null || !Number.isFinite(x)) return formatNumber(x);
  return x > 0 ? `+${formatNumber(x)}` : x < 0 ? `−${formatNumber(-x)}` : '0';
}

/** The metrics every seed statistic is computed for, by the names RunSummary uses. */
export const SEED_METRICS = {
  finalCost: { label: 'final cost', title: 'Final cost', higherIsBetter: false, format: (x) => formatNumber(x), formatDiff: signed },
  trainAccuracy: { label: 'train accuracy', title: 'Train accuracy', higherIsBetter: true, format: formatPercent, formatDiff: points },
  testAccuracy: { label: 'test accuracy', title: 'Test accuracy', higherIsBetter: true, format: formatPercent, formatDiff: points },
} as const satisfies Record<string, SeedMetricDef>;

/** A metric's name. */
export type SeedMetric = keyof typeof SEED_METRICS;

/** Every metric name, in display order. */
export const SEED_METRIC_NAMES = Object.keys(SEED_METRICS) as SeedMetric[];
