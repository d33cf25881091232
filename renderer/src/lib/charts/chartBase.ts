// What every chart.js chart of the lab shares: static sizing, linear or log axes in the theme's colours,
// nearest-point tooltips, optional pan and zoom, and an opaque background for exports.
import type { ChartConfiguration, ChartDataset, Plugin, TooltipItem } from 'chart.js';
import { backgroundPlugin } from './chartPlugins';
import type { ChartColors } from './chartTheme';
import { formatNumber } from '../runs/format';
import { logTickLabels } from './logTicks';

/** One axis: its title, log or linear, bounds, tick labels and any further tick options. */
export interface AxisInput {
  title: string;
  log?: boolean;
  min?: number;
  max?: number;
  format?: (v: number) => string;
  ticks?: Record<string, unknown>;
}

/** Which points answer a tooltip, and its title and lines. */
export interface ChartTooltip {
  filter?: (item: TooltipItem<'line'>) => boolean;
  callbacks: { title?: (items: TooltipItem<'line'>[]) => string; label?: (item: TooltipItem<'line'>) => string };
}

/** Everything the shared frame of a line-type chart depends on. */
export interface ChartBaseInput<P> {
  datasets: ChartDataset<'line', P[]>[];
  colors: ChartColors;
  x: AxisInput;
  y: AxisInput;
  tooltip: ChartTooltip;
  /** Nearest point along x (curves over iterations), or nearest in both directions. */
  nearestAlongX?: boolean;
  /** chart.js's own legend (off where the page draws a keyboard-operable one). */
  legend?: boolean;
  zoom?: boolean;
  /** Plugins drawn after the background. */
  plugins?: Plugin[];
  /** Options set once for every dataset (e.g. parsing off). */
  options?: Record<string, unknown>;
}

/** The part of a chart.js scale a tick callback reads to thin a log axis's labels. */
interface ScaleLike {
  chart: { height: number; width: number; chartArea?: { top: number; bottom: number; left: number; right: number } };
  isHorizontal(): boolean;
}

/** Tick labels for a log axis: the preferred ticks that keep clear of each other at the axis's length. */
function logTickCallback(format: (v: number) => string) {
  // chart.js asks once per tick with the same array: choose the labels once per array (an axis over
  // hundreds of decades has thousands of ticks)
  const chosen = new WeakMap<object, boolean[]>();
  return function (this: ScaleLike, v: number | string, index: number, ticks: { value: number }[]) {
    let labels = chosen.get(ticks);
    if (!labels) {
      const values = ticks.map((t) => t.value);
      let lo = Infinity;
      let hi = 0;
      for (const x of values) if (x > 0) [lo, hi] = [Math.min(lo, x), Math.max(hi, x)];
      const area = this.chart.chartArea;
      // before the first layout there is no chart area: most of the canvas is plot
      const length = this.isHorizontal() ? (area ? area.right - area.left : this.chart.width * 0.85) : area ? area.bottom - area.top : this.chart.height * 0.7;
      const decades = hi > lo ? Math.log10(hi / lo) : 1;
      labels = logTickLabels(values, length / decades);
      chosen.set(ticks, labels);
    }
    return labels[index] ? format(Number(v)) : '';
  };
}

function axis(a: AxisInput, colors: ChartColors) {
  const format = a.format ?? ((v: number) => formatNumber(v, 6));
  const callback = a.log ? logTickCallback(format) : a.format ? (v: number | string) => format(Number(v)) : undefined;
  return {
    type: a.log ? 'logarithmic' : 'linear',
    min: a.min,
    max: a.max,
    title: { display: true, text: a.log ? `${a.title} (log scale)` : a.title, color: colors.muted },
    // a log axis's labels are thinned by logTickLabels; chart.js's own skipping would drop some of those again
    ticks: { color: colors.muted, ...(callback ? { callback } : {}), ...(a.log ? { autoSkip: false } : {}), ...a.ticks },
    // on a log axis only the labelled ticks draw a grid line: nine lines a decade would hide the curves
    grid: { color: a.log ? (ctx: { tick?: { label?: unknown } }) => (ctx.tick?.label ? colors.grid : 'transparent') : colors.grid },
  };
}

/** Pan by dragging, zoom with ctrl + wheel or a pinch, both axes; off for exports and static charts. */
export function zoomOptions(enabled: boolean | undefined) {
  return enabled
    ? { pan: { enabled: true, mode: 'xy' }, zoom: { wheel: { enabled: true, modifierKey: 'ctrl' }, pinch: { enabled: true }, mode: 'xy' } }
    : undefined;
}

/** A chart.js line configuration with the lab's shared frame around `datasets`. */
export function chartBaseConfig<P>(input: ChartBaseInput<P>): ChartConfiguration<'line', P[]> {
  const { colors } = input;
  return {
    type: 'line',
    data: { datasets: input.datasets },
    options: {
      ...input.options,
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'nearest', intersect: false, ...(input.nearestAlongX === false ? {} : { axis: 'x' }) },
      scales: { x: axis(input.x, colors), y: axis(input.y, colors) },
      plugins: {
        legend: input.legend ? { display: true, labels: { color: colors.text, boxWidth: 12 } } : { display: false },
        tooltip: input.tooltip,
        zoom: zoomOptions(input.zoom),
      },
    },
    plugins: [backgroundPlugin(colors.surface), ...(input.plugins ?? [])],
  } as ChartConfiguration<'line', P[]>;
}
