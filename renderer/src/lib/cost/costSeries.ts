// Cost curves as chart series: the lines, and the shaded bands over their non-finite stretches.
import type { CostPoint } from '../../../../shared/engine/types';
import type { XBand } from '../charts/chartPlugins';
import { findCostGaps, type CostGapSummary } from './costGaps';
import type { LineSeries } from '../charts/lineChartConfig';
import { withAlpha } from '../charts/palette';

/** One run's cost curve. */
export interface CostSeries {
  id: string;
  label: string;
  color: string;
  costs: readonly CostPoint[];
  /** Trained on mini-batches: its cost is noisy and is smoothed (full-batch costs are drawn as they are). */
  miniBatch?: boolean;
}

/** The line of each curve, x in iterations divided by `perEpoch` (1: iterations); the costs are read in place. */
export function costLines(series: readonly CostSeries[], perEpoch = 1): LineSeries[] {
  return series.map((s) => {
    const c = s.costs;
    return {
      id: s.id,
      label: s.label,
      color: s.color,
      noSmoothing: s.miniBatch !== true,
      points: [],
      data: { length: c.length, x: (i) => c[i].iteration / perEpoch, y: (i) => c[i].cost },
    };
  });
}

/** Each curve with its gap summary. */
export function costGapsOf(series: readonly CostSeries[]): { s: CostSeries; summary: CostGapSummary }[] {
  return series.map((s) => ({ s, summary: findCostGaps(s.costs) }));
}

/** Shaded bands where a curve is not finite, labelled "∞ <label>" on the first band of each curve. */
export function costBands(series: readonly CostSeries[], perEpoch = 1): XBand[] {
  return costGapsOf(series).flatMap(({ s, summary }) =>
    summary.gaps.map((g, i) => ({
      from: g.from / perEpoch,
      to: g.to / perEpoch,
      color: withAlpha(s.color, 0.16),
      label: i === 0 ? `∞ ${s.label}` : undefined,
      labelColor: s.color,
    })),
  );
}
