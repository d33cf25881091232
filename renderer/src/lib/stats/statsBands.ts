// Per-arm mean curves with a band across seeds (cost, train or test accuracy), from shared/stats' band rule.
import type { CostPoint } from '../../../../shared/engine/types';
import { costBand, type BandKind, type CostBand } from '../../../../shared/stats/bands';
import type { ArmGroup } from './statsArms';
import { formatInt } from '../runs/format';

/** Which curve a band follows. */
export type BandCurve = 'cost' | 'trainAccuracy' | 'testAccuracy';

/** One seed's curve, drawn faintly behind the band on request. */
export interface RunCurve {
  id: string;
  seed: number;
  points: readonly CostPoint[];
}

/** An arm's band over its seeds, with the curves it came from. `band.iterations` is the x axis. */
export interface ArmBand {
  armIndex: number;
  label: string;
  color: string;
  band: CostBand;
  runs: RunCurve[];
}

/** One seed's curve as points: recorded costs, or an accuracy at each checkpoint. */
function curveOf(run: ArmGroup['runs'][number], curve: BandCurve): CostPoint[] {
  if (curve === 'cost') return run.costs as CostPoint[];
  return run.checkpoints.map((c) => ({ iteration: c.iteration, cost: c[curve] }));
}

/**
 * The band of each arm's curves. Every run that has recorded points counts, finished or still training:
 * at each iteration the band uses the runs that got there, and `band.n` says how many.
 */
export function armBands(groups: readonly ArmGroup[], curve: BandCurve, kind: BandKind): ArmBand[] {
  return groups.map((g) => {
    const runs = g.runs.map((r) => ({ id: r.id, seed: r.seed, points: curveOf(r, curve) })).filter((r) => r.points.length > 0);
    return { armIndex: g.armIndex, label: g.label, color: g.color, band: costBand(runs.map((r) => r.points), kind), runs };
  });
}

/** Iteration ranges where no seed of an arm had a finite value (the mean is undefined there; a chart leaves a gap). */
export function emptyStretches(band: CostBand): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let open: { from: number; to: number } | null = null;
  band.iterations.forEach((it, i) => {
    if (band.n[i] === 0 && band.nonFinite[i] > 0) {
      if (open) open.to = it;
      else out.push((open = { from: it, to: it }));
    } else open = null;
  });
  return out;
}

/**
 * One sentence on an arm's non-finite costs: where some seeds had none, what the band then shows. The rule is
 * shared/stats': at each iteration only finite values count, so the mean there is that of the finite seeds.
 */
export function nonFiniteNote(a: ArmBand): string | null {
  const { band } = a;
  let points = 0;
  let worst = 0;
  let first = -1;
  let last = -1;
  let total = 0;
  band.iterations.forEach((it, i) => {
    const bad = band.nonFinite[i];
    if (!bad) return;
    points++;
    if (bad > worst) {
      worst = bad;
      total = bad + band.n[i];
    }
    if (first < 0) first = it;
    last = it;
  });
  if (!points) return null;
  const where = first === last ? `iteration ${formatInt(first)}` : `iterations ${formatInt(first)}–${formatInt(last)}`;
  const empty = emptyStretches(band).length > 0;
  return (
    `${a.label}: up to ${worst} of ${total} seeds had an infinite or NaN cost at ${formatInt(points)} recorded ` +
    `iteration${points === 1 ? '' : 's'} (${where}). There the mean and band use the finite seeds only (n in the tooltip)` +
    (empty ? '; where no seed was finite the line breaks (shaded).' : '.')
  );
}
