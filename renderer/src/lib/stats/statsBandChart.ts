// The chart.js configuration of a band chart: per arm a mean line over a shaded band, seeds' curves faint behind.
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import { chartBaseConfig } from '../charts/chartBase';
import { xBandsPlugin, type XBand } from '../charts/chartPlugins';
import type { ChartColors } from '../charts/chartTheme';
import { decimationIndices } from '../charts/decimate';
import { formatNumber, formatTick } from '../runs/format';
import { withAlpha } from '../charts/palette';
import { emptyStretches, type ArmBand } from './statsBands';

/** Everything a band chart's look depends on. */
export interface BandChartInput {
  bands: readonly ArmBand[];
  colors: ChartColors;
  xTitle: string;
  yTitle: string;
  /** Divides iterations (e.g. by iterations per epoch); default 1. */
  xPer?: number;
  logScale?: boolean;
  /** Draw every seed's curve faintly behind the band. */
  showRuns?: boolean;
  /** Arms (by index) the legend has hidden. */
  hidden?: ReadonlySet<number>;
  yMin?: number;
  yMax?: number;
  formatY?: (y: number) => string;
  zoom?: boolean;
  /** Most points drawn per curve. */
  maxPoints?: number;
}

type Pt = { x: number; y: number | null };

/** What a dataset is, for tooltips: only the means answer them. */
interface DatasetMeta {
  arm: number;
  role: 'mean' | 'lower' | 'upper' | 'run';
  half?: (number | null)[];
  n?: number[];
  nonFinite?: number[];
}

const meta = (d: unknown): DatasetMeta | undefined => (d as { initLab?: DatasetMeta }).initLab;

/**
 * The bottom of a log axis for these bands: half the least positive mean (or seed value, when seeds are drawn),
 * rounded down to 1, 2 or 5 × 10^k.
 * Lower bounds are not consulted: a ±1 std band of a widely spread arm reaches zero or below, and following it
 * down would stretch the axis over decades that hold no data.
 */
function logFloor(bands: readonly ArmBand[], showRuns: boolean): number {
  let lo = Infinity;
  const see = (v: number | null) => {
    if (v != null && Number.isFinite(v) && v > 0 && v < lo) lo = v;
  };
  for (const a of bands) {
    a.band.mean.forEach(see);
    if (showRuns) for (const r of a.runs) for (const p of r.points) see(p.cost);
  }
  if (!Number.isFinite(lo)) return 1e-6;
  // Rounded down to 1, 2 or 5 × 10^k, so the axis starts at a value its ticks can name.
  const half = lo / 2;
  const mag = 10 ** Math.floor(Math.log10(half));
  return [5, 2, 1].map((m) => m * mag).find((v) => v <= half) ?? mag;
}

/** Builds a chart.js line configuration for bands; plain data in, nothing reactive handed to chart.js. */
export function buildBandChartConfig(input: BandChartInput): ChartConfiguration<'line', Pt[]> {
  const per = input.xPer ?? 1;
  const log = input.logScale ?? false;
  const showRuns = input.showRuns ?? false;
  const max = input.maxPoints ?? 1200;
  const fmtY = input.formatY ?? ((y: number) => formatNumber(y, 4));
  const floor = log ? logFloor(input.bands, showRuns) : -Infinity;
  const visible = (y: number | null) => (y != null && Number.isFinite(y) && (!log || y > 0) ? y : null);
  const datasets: ChartDataset<'line', Pt[]>[] = [];
  const common = { parsing: false as const, normalized: true, spanGaps: false, tension: 0, pointRadius: 0, pointHoverRadius: 0 };
  const runSets: ChartDataset<'line', Pt[]>[] = [];

  for (const a of input.bands) {
    const hidden = input.hidden?.has(a.armIndex) ?? false;
    const { band } = a;
    const keep = decimationIndices(
      band.mean.map((m) => (m == null ? NaN : m)),
      max,
    );
    const xs = keep.map((i) => band.iterations[i] / per);
    const mean = keep.map((i) => visible(band.mean[i]));
    const upper = keep.map((i) => visible(band.upper[i]));
    // On a log axis a lower bound below the floor (zero or negative included) is cut at the floor, so the band stays closed.
    const lower = keep.map((i) => {
      const v = band.lower[i];
      if (v == null || !Number.isFinite(v)) return null;
      return log ? Math.max(v, floor) : v;
    });
    const half = keep.map((i) => (band.upper[i] != null && band.mean[i] != null ? (band.upper[i] as number) - (band.mean[i] as number) : null));
    const at = (ys: (number | null)[]) => xs.map((x, j) => ({ x, y: ys[j] }));
    const base = datasets.length;
    datasets.push({
      ...common,
      label: a.label,
      data: at(mean),
      hidden,
      borderColor: a.color,
      backgroundColor: a.color,
      borderWidth: 2,
      pointHoverRadius: 3,
      pointHitRadius: 6,
      order: 0,
      ...({ initLab: { arm: a.armIndex, role: 'mean', half, n: keep.map((i) => band.n[i]), nonFinite: keep.map((i) => band.nonFinite[i]) } } as object),
    });
    datasets.push({
      ...common,
      label: `${a.label} lower`,
      data: at(lower),
      hidden,
      borderWidth: 0,
      borderColor: 'transparent',
      fill: false,
      order: 1,
      ...({ initLab: { arm: a.armIndex, role: 'lower' } } as object),
    });
    datasets.push({
      ...common,
      label: `${a.label} upper`,
      data: at(upper),
      hidden,
      borderWidth: 0,
      borderColor: 'transparent',
      backgroundColor: withAlpha(a.color, 0.2),
      fill: { target: base + 1 },
      order: 1,
      ...({ initLab: { arm: a.armIndex, role: 'upper' } } as object),
    });
    if (showRuns) {
      for (const r of a.runs) {
        const ys = r.points.map((p) => p.cost);
        const idx = decimationIndices(ys, Math.max(200, Math.floor(max / 2)));
        runSets.push({
          ...common,
          label: `${a.label} · seed ${r.seed}`,
          data: idx.map((i) => ({ x: r.points[i].iteration / per, y: visible(ys[i]) })),
          hidden,
          borderColor: withAlpha(a.color, 0.3),
          borderWidth: 1,
          order: 2,
          ...({ initLab: { arm: a.armIndex, role: 'run' } } as object),
        });
      }
    }
  }
  datasets.push(...runSets);

  const gaps: XBand[] = input.bands
    .filter((a) => !(input.hidden?.has(a.armIndex) ?? false))
    .flatMap((a) =>
      emptyStretches(a.band).map((g, i) => ({
        from: g.from / per,
        to: g.to / per,
        color: withAlpha(a.color, 0.14),
        label: i === 0 ? `∞ ${a.label}` : undefined,
        labelColor: a.color,
      })),
    );

  const label = (item: TooltipItem<'line'>) => {
    const m = meta(item.dataset);
    const i = item.dataIndex;
    const y = (item.raw as Pt).y;
    const h = m?.half?.[i];
    const n = m?.n?.[i] ?? 0;
    const bad = m?.nonFinite?.[i] ?? 0;
    const spread = h != null ? ` ± ${fmtY(h)}` : '';
    return `${item.dataset.label}: ${y == null ? '—' : fmtY(y)}${spread} (n = ${n}${bad ? `, ${bad} not finite` : ''})`;
  };

  return chartBaseConfig({
    datasets,
    colors: input.colors,
    x: { title: input.xTitle, format: formatTick, ticks: { maxRotation: 0, autoSkipPadding: 12 } },
    y: { title: input.yTitle, log, min: log ? (input.yMin ?? floor) : input.yMin, max: input.yMax, format: fmtY },
    tooltip: {
      filter: (item) => meta(item.dataset)?.role === 'mean',
      callbacks: {
        title: (items) => (items.length ? `${input.xTitle} ${formatNumber((items[0].raw as Pt).x, 6)}` : ''),
        label,
      },
    },
    zoom: input.zoom,
    plugins: [xBandsPlugin(() => gaps)],
  });
}
