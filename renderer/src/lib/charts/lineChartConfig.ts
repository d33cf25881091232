// One builder for every line chart in the app: series with gaps, optional smoothing, log scale, bands, tooltips, zoom.
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import { chartBaseConfig } from './chartBase';
import { xBandsPlugin, type XBand } from './chartPlugins';
import type { ChartColors } from './chartTheme';
import { decimationIndices } from './decimate';
import { finiteRange, flatAxisBounds } from './flatAxis';
import { debiasedEma } from './ema';
import { formatNumber, formatTick } from '../runs/format';
import { withAlpha } from './palette';

/** A point of a curve; y may be non-finite (drawn as a gap). */
export interface CurvePoint {
  x: number;
  y: number;
}

/** A curve's values read by index, so a long recorded curve needs no copy into point objects. */
export interface SeriesData {
  length: number;
  x(i: number): number;
  y(i: number): number;
}

/** One curve of a line chart: `points`, or `data` for long curves (it wins when both are given). */
export interface LineSeries {
  id: string;
  label: string;
  color: string;
  points: readonly CurvePoint[];
  data?: SeriesData;
  dashed?: boolean;
  /** Draw markers at each point (for sparse series such as checkpoints). */
  markers?: boolean;
  /** Exempt from smoothing (e.g. a theoretical prediction). */
  noSmoothing?: boolean;
}

/** Everything a line chart's look depends on. */
export interface LineChartInput {
  series: readonly LineSeries[];
  hidden?: ReadonlySet<string>;
  colors: ChartColors;
  xTitle: string;
  yTitle: string;
  logScale?: boolean;
  /** EMA weight in [0, 0.99]; when > 0 the raw curve is drawn faint behind the smoothed one. */
  smoothing?: number;
  yMin?: number;
  yMax?: number;
  bands?: XBand[];
  /** Formats y in tooltips and ticks. */
  formatY?: (y: number) => string;
  /** Formats x in tooltip titles. */
  formatX?: (x: number) => string;
  zoom?: boolean;
  /** Most points drawn per series; longer curves are decimated (smoothing still uses every point). */
  maxPoints?: number;
  /** Ticks on whole numbers only (e.g. layer numbers). */
  xInteger?: boolean;
}

type Pt = { x: number; y: number | null; raw: number };

/** The values of a series, whichever form it came in. */
export function seriesData(s: LineSeries): SeriesData {
  if (s.data) return s.data;
  const p = s.points;
  return { length: p.length, x: (i) => p[i].x, y: (i) => p[i].y };
}

/** The drawable y of every point: NaN where the value is not finite (or not positive on a log scale). */
function drawableYs(d: SeriesData, logScale: boolean): Float64Array {
  const ys = new Float64Array(d.length);
  for (let i = 0; i < d.length; i++) {
    const v = d.y(i);
    ys[i] = Number.isFinite(v) && (!logScale || v > 0) ? v : NaN;
  }
  return ys;
}

/** Builds a chart.js line configuration from plain series; never hands chart.js a reactive object. */
export function buildLineChartConfig(input: LineChartInput): ChartConfiguration<'line', Pt[]> {
  const { colors } = input;
  const smoothing = input.smoothing ?? 0;
  const logScale = input.logScale ?? false;
  const fmtY = input.formatY ?? ((y: number) => formatNumber(y, 6));
  const fmtX = input.formatX ?? ((x: number) => formatNumber(x, 6));
  const datasets: ChartDataset<'line', Pt[]>[] = [];
  const shown: Float64Array[] = [];
  for (const s of input.series) {
    const hidden = input.hidden?.has(s.id) ?? false;
    const d = seriesData(s);
    const ys = drawableYs(d, logScale);
    if (!hidden) shown.push(ys);
    // choose the points to draw first, so a long curve never becomes an object per point
    const keep = decimationIndices(ys, input.maxPoints ?? 2400);
    const pts: Pt[] = keep.map((i) => ({ x: d.x(i), y: Number.isNaN(ys[i]) ? null : ys[i], raw: d.y(i) }));
    const smooth = smoothing > 0 && !s.noSmoothing;
    const common = {
      parsing: false as const,
      normalized: true,
      spanGaps: false,
      hidden,
      tension: 0,
      borderDash: s.dashed ? [6, 4] : [],
      pointRadius: s.markers ? 2.5 : 0,
      pointHoverRadius: 4,
      pointHitRadius: 6,
    };
    datasets.push({
      ...common,
      label: s.label,
      data: pts,
      borderColor: smooth ? withAlpha(s.color, 0.28) : s.color,
      backgroundColor: s.color,
      borderWidth: smooth ? 1 : 2,
      // the raw curve answers tooltips; its smoothed twin is for the eye
      ...({ initLab: { id: s.id, role: 'raw' } } as object),
    });
    if (smooth) {
      const smoothed = debiasedEma(ys, smoothing);
      datasets.push({
        ...common,
        label: `${s.label} (smoothed)`,
        data: keep.map((i, k) => ({ x: pts[k].x, y: smoothed[i], raw: pts[k].raw })),
        borderColor: s.color,
        backgroundColor: s.color,
        borderWidth: 2,
        pointRadius: 0,
        ...({ initLab: { id: s.id, role: 'smoothed' } } as object),
      });
    }
  }

  const tooltipLabel = (item: TooltipItem<'line'>) => {
    const p = item.raw as Pt;
    return `${(item.dataset.label ?? '').replace(/ \(smoothed\)$/, '')}: ${fmtY(p.raw)}${
      (item.dataset as { initLab?: { role: string } }).initLab?.role === 'smoothed' && p.y != null ? ` (smoothed ${fmtY(p.y)})` : ''
    }`;
  };

  // a curve that does not move (the zeros run's cost) is drawn flat, not as its rounding noise blown up
  const { lo, hi } = finiteRange(shown);
  // the smoothing is part of what the chart says, on screen and in its exports
  const smoothedAny = smoothing > 0 && input.series.some((s) => !s.noSmoothing);
  const xTitle = smoothedAny ? `${input.xTitle} · ${input.yTitle.toLowerCase()} smoothed: debiased EMA ${smoothing.toFixed(2)}, raw curve faint` : input.xTitle;
  const flat = input.yMin === undefined && input.yMax === undefined ? flatAxisBounds(lo, hi, logScale) : null;

  return chartBaseConfig({
    datasets,
    colors,
    x: { title: xTitle, format: formatTick, ticks: { maxRotation: 0, autoSkipPadding: 12, ...(input.xInteger ? { stepSize: 1, precision: 0 } : {}) } },
    y: { title: input.yTitle, log: logScale, min: input.yMin ?? flat?.min, max: input.yMax ?? flat?.max, format: fmtY },
    tooltip: {
      filter: (item) => {
        const role = (item.dataset as { initLab?: { role: string } }).initLab?.role;
        // with smoothing on, one line per series: the smoothed one, carrying the raw value too
        const smoothedExists = smoothing > 0;
        return smoothedExists ? role === 'smoothed' || !hasSmoothedTwin(item, smoothing) : role === 'raw';
      },
      callbacks: {
        title: (items) => (items.length ? `${input.xTitle} ${fmtX((items[0].raw as Pt).x)}` : ''),
        label: tooltipLabel,
      },
    },
    zoom: input.zoom,
    plugins: [xBandsPlugin(() => (input.bands ?? []).map((b) => (b.label ? { labelBackground: colors.surface, ...b } : b)))],
  });
}

function hasSmoothedTwin(item: TooltipItem<'line'>, smoothing: number): boolean {
  const id = (item.dataset as { initLab?: { id: string } }).initLab?.id;
  return smoothing > 0 && item.chart.data.datasets.some((d) => {
    const meta = (d as { initLab?: { id: string; role: string } }).initLab;
    return meta?.id === id && meta?.role === 'smoothed';
  });
}
