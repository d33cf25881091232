// How many seeds got the loss below a target, and how soon.
import type { CostPoint } from '../engine/types';
import { quantileSorted, sortedCopy } from './quantile';

/** Target-loss outcome of one arm's seeds. */
export interface TargetReach {
  target: number;
  /** Number of runs (seeds) considered. */
  runs: number;
  /** Runs whose recorded cost reached the target. */
  reached: number;
  /** reached / runs (0 when there are no runs). */
  share: number;
  /** Median of the first iterations at which the reaching runs got there; null when none did. */
  medianIteration: number | null;
  /** Per run, in input order: the first recorded iteration with a finite cost ≤ target, or null. */
  firstIterations: (number | null)[];
}

/**
 * A run reaches the target at its first recorded point with a finite cost ≤ target; NaN and ±Infinity
 * never count. Costs are recorded every `costEvery` iterations, so the iteration is known to that step.
 * The median of an even count averages the two middle iterations.
 */
export function targetReach(runs: readonly (readonly CostPoint[])[], target: number): TargetReach {
  if (!Number.isFinite(target)) throw new RangeError(`target loss must be a finite number, got ${target}`);
  const firstIterations = runs.map((run) => {
    let first: number | null = null;
    for (const p of run) {
      if (Number.isFinite(p.cost) && p.cost <= target && (first === null || p.iteration < first)) first = p.iteration;
    }
    return first;
  });
  const hits = firstIterations.filter((it): it is number => it !== null);
  return {
    target,
    runs: runs.length,
    reached: hits.length,
    share: runs.length === 0 ? 0 : hits.length / runs.length,
    medianIteration: hits.length === 0 ? null : quantileSorted(sortedCopy(hits), 0.5),
    firstIterations,
  };
}
