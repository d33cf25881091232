// Where a cost curve has no finite value: the stretches a chart leaves blank and explains.

/** A stretch of consecutive recorded iterations whose cost was not finite. */
export interface CostGap {
  /** First iteration of the stretch. */
  from: number;
  /** Last iteration of the stretch. */
  to: number;
  /** How many recorded points in the stretch were +∞, and how many NaN. */
  infinite: number;
  nan: number;
}

/** A summary of a curve's non-finite points, for the note under a chart. */
export interface CostGapSummary {
  gaps: CostGap[];
  infinite: number;
  nan: number;
  firstIteration: number | null;
  lastIteration: number | null;
}

/** Finds the stretches of non-finite costs in a curve recorded at the given iterations. */
export function findCostGaps(points: readonly { iteration: number; cost: number }[]): CostGapSummary {
  const gaps: CostGap[] = [];
  let current: CostGap | null = null;
  let infinite = 0;
  let nan = 0;
  for (const p of points) {
    if (Number.isFinite(p.cost)) {
      current = null;
      continue;
    }
    const isNan = Number.isNaN(p.cost);
    if (isNan) nan++;
    else infinite++;
    if (!current) {
      current = { from: p.iteration, to: p.iteration, infinite: 0, nan: 0 };
      gaps.push(current);
    }
    current.to = p.iteration;
    if (isNan) current.nan++;
    else current.infinite++;
  }
  return {
    gaps,
    infinite,
    nan,
    firstIteration: gaps.length ? gaps[0].from : null,
    lastIteration: gaps.length ? gaps[gaps.length - 1].to : null,
  };
}
