// Infinite or NaN loss: recorded costs that are not finite.
import type { InsightRule } from '../types';

/** Non-finite recorded costs; a problem if the last cost is still not finite or the run stalled. */
export const infiniteLoss: InsightRule = (ctx) => {
  const bad = ctx.costs.filter((p) => !Number.isFinite(p.cost));
  if (!bad.length) return [];
  const infinite = bad.filter((p) => !Number.isNaN(p.cost)).length;
  const first = bad[0].iteration;
  const last = bad[bad.length - 1].iteration;
  const lastCost = ctx.costs[ctx.costs.length - 1].cost;
  return [
    {
      kind: 'infinite_loss',
      severity: !Number.isFinite(lastCost) || ctx.stalled ? 'problem' : 'warning',
      layer: null,
      iteration: first,
      measured: bad.length,
      unit: 'recorded costs not finite',
      factorPerLayer: null,
      title: infinite ? 'Infinite loss' : 'Loss is not a number',
      detail: `${bad.length} of ${ctx.costs.length} recorded costs non-finite, ${first === last ? `iteration ${first}` : `iterations ${first}–${last}`}`,
      why: infinite
        ? ctx.softmax
          ? "log(0) = −∞: a probability of exactly 0 for a sample's true class makes the whole cost infinite, which is why the curve has gaps there."
          : 'log(0) = −∞: an output of exactly 0 or 1 on a misclassified point makes the whole cost infinite, which is why the curve has gaps there.'
        : 'NaN costs mean the arithmetic broke down (∞ − ∞ or 0 · ∞), usually after the weights blew up.',
    },
  ];
};
