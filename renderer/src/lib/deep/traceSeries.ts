// Curves of a statistic on a log10 axis that never come out empty: finite positive values as log10, and the
// values a log axis cannot hold (0, ∞, NaN) as marker series at the bottom or top edge, named in the legend.
import type { CurvePoint, LineSeries } from '../charts/lineChartConfig';
import { classify, CLASS_LABELS, logRange, type LogRange } from './logScale';
import { MARK_COLORS } from './heatmap';

/** One curve before the transform: its points in raw units. */
export interface RawCurve {
  id: string;
  label: string;
  color: string;
  dashed?: boolean;
  points: readonly CurvePoint[];
}

/** The log10 curves, their shared y range (whole decades, room for the marker rows) and the edge rows used. */
export interface LogCurves {
  series: LineSeries[];
  range: LogRange;
  /** y of the "exactly 0" row (below the range) and of the "∞ / NaN" row (above it). */
  zeroY: number;
  badY: number;
}

/** Transforms raw curves for a linear axis in log10 units, adding one marker series per marked class present. */
export function logCurves(curves: readonly RawCurve[]): LogCurves {
  const range = logRange(curves.flatMap((c) => c.points.map((p) => p.y))) ?? { lo: -1, hi: 1 };
  const zeroY = range.lo - 1;
  const badY = range.hi + 1;
  const series: LineSeries[] = curves.map((c) => ({
    id: c.id,
    label: c.label,
    color: c.color,
    dashed: c.dashed,
    markers: true,
    noSmoothing: true,
    points: c.points.map((p) => ({ x: p.x, y: classify(p.y) === 'finite' ? Math.log10(p.y) : NaN })),
  }));
  const zeros = curves.flatMap((c) => c.points.filter((p) => classify(p.y) === 'zero').map((p) => ({ x: p.x, y: zeroY })));
  const bad = curves.flatMap((c) => c.points.filter((p) => ['infinite', 'nan'].includes(classify(p.y))).map((p) => ({ x: p.x, y: badY })));
  if (zeros.length) series.push(marker('zero', CLASS_LABELS.zero, MARK_COLORS.zero, zeros));
  if (bad.length) series.push(marker('bad', '∞ or NaN', MARK_COLORS.infinite, bad));
  return { series, range, zeroY, badY };
}

function marker(id: string, label: string, color: string, points: CurvePoint[]): LineSeries {
  // Points sorted by x and separated by NaN, so the chart draws markers without joining them.
  const sorted = [...points].sort((a, b) => a.x - b.x);
  return { id: `mark-${id}`, label, color, markers: true, noSmoothing: true, points: sorted.flatMap((p) => [p, { x: p.x, y: NaN }]) };
}

/** A y value of a log10 axis as text: "1e-26" for −26, "3.16e-5" between decades, "0" and "∞/NaN" on the marker rows. */
export function logTickLabel(y: number, curves: Pick<LogCurves, 'zeroY' | 'badY'>): string {
  if (y === curves.zeroY) return '0';
  if (y === curves.badY) return '∞/NaN';
  if (Number.isInteger(y)) return y === 0 ? '1' : `1e${y}`;
  // between decades (tooltips, fine ticks): the value itself
  return Number((10 ** y).toPrecision(3)).toExponential(2).replace('e+', 'e');
}
