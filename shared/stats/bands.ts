// Mean curves across seeds with a ±1 std band or a 95% confidence band, point by point.
import type { CostPoint } from '../engine/types';
import { meanOf, sampleVarianceOf } from './moments';
import { tCritical95 } from './summary';

/** Which band surrounds the mean: ±1 sample std, or the t-based 95% confidence interval of the mean. */
export type BandKind = 'std' | 'ci95';

/**
 * A band over a shared x axis (struct of arrays, chart-ready). At each point only the finite values of
 * the runs present there count: `n` is how many, `nonFinite` how many present runs had NaN or ±Infinity
 * there (the course's ×10 start has an infinite cost). Runs of unequal length simply stop contributing
 * past their end, so late points average the runs that got that far; `n` shows how many did.
 * `mean` is null where n = 0; `lower`/`upper` are null where n < 2 (no spread from a single value).
 */
export interface Band {
  kind: BandKind;
  mean: (number | null)[];
  lower: (number | null)[];
  upper: (number | null)[];
  n: number[];
  nonFinite: number[];
}

/** A band over an iteration axis (recorded costs, or checkpoints' accuracies). */
export interface CostBand extends Band {
  iterations: number[];
}

/** The band of curves aligned by index (curve[i] is the i-th point of every run); curves may differ in length. */
export function curveBand(curves: readonly ArrayLike<number>[], kind: BandKind): Band {
  const length = curves.reduce((m, c) => Math.max(m, c.length), 0);
  const columns: number[][] = Array.from({ length }, () => []);
  for (const curve of curves) for (let i = 0; i < curve.length; i++) columns[i].push(curve[i]);
  return bandOfColumns(columns, kind);
}

/** The band of per-run series aligned by iteration number (the union of every run's iterations, ascending). */
export function iterationBand<P extends { iteration: number }>(
  runs: readonly (readonly P[])[],
  kind: BandKind,
  value: (point: P) => number,
): CostBand {
  const byIteration = new Map<number, number[]>();
  for (const run of runs) {
    for (const p of run) {
      const column = byIteration.get(p.iteration);
      if (column) column.push(value(p));
      else byIteration.set(p.iteration, [value(p)]);
    }
  }
  const iterations = [...byIteration.keys()].sort((a, b) => a - b);
  const band = bandOfColumns(
    iterations.map((it) => byIteration.get(it) as number[]),
    kind,
  );
  return { ...band, iterations };
}

/** The band of recorded cost curves (RunResult.costs) aligned by iteration number. */
export function costBand(runs: readonly (readonly CostPoint[])[], kind: BandKind): CostBand {
  return iterationBand(runs, kind, (p) => p.cost);
}

function bandOfColumns(columns: number[][], kind: BandKind): Band {
  const band: Band = { kind, mean: [], lower: [], upper: [], n: [], nonFinite: [] };
  for (const column of columns) {
    const finite = column.filter(Number.isFinite);
    const n = finite.length;
    band.n.push(n);
    band.nonFinite.push(column.length - n);
    if (n === 0) {
      band.mean.push(null);
      band.lower.push(null);
      band.upper.push(null);
      continue;
    }
    const m = meanOf(finite);
    band.mean.push(m);
    if (n < 2) {
      band.lower.push(null);
      band.upper.push(null);
      continue;
    }
    const sd = Math.sqrt(sampleVarianceOf(finite, m));
    const half = kind === 'std' ? sd : (tCritical95(n) * sd) / Math.sqrt(n);
    band.lower.push(m - half);
    band.upper.push(m + half);
  }
  return band;
}
