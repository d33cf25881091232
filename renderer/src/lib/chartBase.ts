// What every chart.js chart of the lab shares: static sizing, linear or log axes in the theme's colours,
// nearest-point tooltips, optional pan and zoom, and an opaque background for exports.
import type { ChartConfiguration, ChartDataset, Plugin, TooltipItem } from 'chart.js';
import { backgroundPlugin } from './chartPlugins';
import type { ChartColors } from './chartTheme';

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

function axis(a: AxisInput, colors: ChartColors) {
  return {
    type: a.log ? 'logarithmic' : 'linear',
    min: a.min,
    max: a.max,
    title: { display: true, text: a.log ? `${a.title} (log scale)` : a.title, color: colors.muted },
    ticks: { color: colors.muted, ...(a.format ? { callback: (v: number | string) => a.format?.(Number(v)) } : {}), ...a.ticks },
    grid: { color: colors.grid },
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
