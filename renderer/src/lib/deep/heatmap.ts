// A layer × iteration heat map's cells: colour from log10 of a statistic, marked colours for the values a log
// scale cannot place (exact zero, infinite, NaN, negative), and the legend that names them.
import { viridis } from '../stats/statsColor';
import { classify, CLASS_LABELS, logPosition, logRange, type LogRange, type ValueClass } from './logScale';

/** Colours of the marked classes, away from viridis's purple–yellow range. */
export const MARK_COLORS: Record<Exclude<ValueClass, 'finite'>, string> = {
  zero: '#000000',
  infinite: '#ff2d2d',
  nan: '#9a9a9a',
  negative: '#ff9ad5',
};

/** A heat map's data: rows are layers (1 at the bottom when drawn), columns are checkpoints. */
export interface HeatmapGrid {
  layers: number[];
  iterations: number[];
  /** values[row][col]. */
  values: number[][];
}

/** What a heat map draws: a colour per cell, the colour scale's range, and the legend entries present. */
export interface HeatmapPaint {
  colors: string[][];
  range: LogRange | null;
  /** The marked classes that occur, in a fixed order, with their label and colour. */
  marks: { cls: Exclude<ValueClass, 'finite'>; label: string; color: string; count: number }[];
}

/** Colours every cell of a grid: viridis on the log10 range of its finite positive values, marked colours for the rest. */
export function paintHeatmap(grid: HeatmapGrid): HeatmapPaint {
  const range = logRange(grid.values.flat());
  const counts = new Map<ValueClass, number>();
  const colors = grid.values.map((row) =>
    row.map((v) => {
      const cls = classify(v);
      counts.set(cls, (counts.get(cls) ?? 0) + 1);
      return cls === 'finite' && range ? viridis(logPosition(v, range)) : MARK_COLORS[cls as Exclude<ValueClass, 'finite'>];
    }),
  );
  const marks = (['zero', 'infinite', 'nan', 'negative'] as const)
    .filter((c) => counts.has(c))
    .map((cls) => ({ cls, label: CLASS_LABELS[cls], color: MARK_COLORS[cls], count: counts.get(cls) ?? 0 }));
  return { colors, range, marks };
}

/** Which hidden layers to trace by default: the first, the middle and the last (fewer when the net is shallow). */
export function defaultLayers(layers: readonly number[]): number[] {
  if (layers.length <= 3) return [...layers];
  return [...new Set([layers[0], layers[Math.floor((layers.length - 1) / 2)], layers[layers.length - 1]])];
}
