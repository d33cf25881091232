// What every chart.js chart of the lab shares: static sizing, linear or log axes in the theme's colours,
// nearest-point tooltips, optional pan and zoom, and an opaque background for exports.
import type { ChartConfiguration, ChartDataset, Plugin, TooltipItem } from 'chart.js';
import { backgroundPlugin } from './chartPlugins';
import type { ChartColors } from './chartTheme';
import { formatNumber } from '../runs/format';
import { decadeTickLabels, logTickLabels } from './logTicks';

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

/** The part of a chart.js scale a tick callback reads to thin a log axis's labels (`this` in chart.js's tick callback). */
interface ScaleLike {
  chart: { height: number; width: number; chartArea?: { top: number; bottom: number; left: number; right: number } };
  /** The scale's own size, set by chart.js before it asks for labels (absent in a bare test double). */
  width?: number;
  height?: number;
  isHorizontal(): boolean;
}

/** Pixels a tick label needs along its axis: a line of 12 px text and its padding up a vertical axis, about 7 px a character across a horizontal one. */
export function labelExtentPx(label: string, horizontal: boolean): number {
  return horizontal ? label.length * 7 + 8 : 16;
}

/** A tick callback that also carries the axis's format, so an export can relabel the axis its own way. */
export type LogTickCallback = ((this: ScaleLike, v: number | string, index: number, ticks: { value: number }[]) => string) & {
  logFormat: (v: number) => string;
};

/** How many pixels the axis is long: the smallest of what chart.js knows so far (its own size while it fits, the last chart area), so labels never crowd. */
function axisLength(scale: ScaleLike): number {
  const horizontal = scale.isHorizontal();
  const area = scale.chart.chartArea;
  const lengths = [
    horizontal ? scale.width : scale.height,
    area ? (horizontal ? area.right - area.left : area.bottom - area.top) : undefined,
  ].filter((n): n is number => typeof n === 'number' && n > 0);
  // before the first layout there is no chart area: most of the canvas is plot
  return lengths.length ? Math.min(...lengths) : horizontal ? scale.chart.width * 0.85 : scale.chart.height * 0.7;
}

/**
 * Tick labels for a log axis: the preferred ticks that keep clear of each other at the axis's length; with
 * `decadesOnly` (exports, read at a glance and often at a size of their own) only powers of ten, every k-th
 * where decades are short.
 */
export function logTickCallback(format: (v: number) => string, decadesOnly = false): LogTickCallback {
  // chart.js asks once per tick with the same array: choose the labels once per array (an axis over
  // hundreds of decades has thousands of ticks)
  const chosen = new WeakMap<object, boolean[]>();
  const callback = function (this: ScaleLike, v: number | string, index: number, ticks: { value: number }[]) {
    let labels = chosen.get(ticks);
    if (!labels) {
      const values = ticks.map((t) => t.value);
      let lo = Infinity;
      let hi = 0;
      for (const x of values) if (x > 0) [lo, hi] = [Math.min(lo, x), Math.max(hi, x)];
      const decades = hi > lo ? Math.log10(hi / lo) : 1;
      const pxPerDecade = axisLength(this) / decades;
      const horizontal = this.isHorizontal();
      // across, labels are as wide as their text: the widest one sets the gap
      const gap = horizontal ? Math.max(...values.map((x) => labelExtentPx(format(x), true))) : labelExtentPx('', false);
      labels = decadesOnly ? decadeTickLabels(values, pxPerDecade, gap + 8) : logTickLabels(values, pxPerDecade, gap);
      chosen.set(ticks, labels);
    }
    return labels[index] ? format(Number(v)) : '';
  } as LogTickCallback;
  callback.logFormat = format;
  return callback;
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
