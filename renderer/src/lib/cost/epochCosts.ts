// Cost per epoch: the recorded costs of each pass over the training set, averaged, so mini-batch noise settles.
import type { CostPoint } from '../../../../shared/engine/types';

/** One epoch's mean cost; `complete` is false for a last epoch the run did not finish (or did not record whole). */
export interface EpochCost {
  epoch: number;
  cost: number;
  complete: boolean;
}

/**
 * Mean recorded cost per epoch (iterations [e·P, (e+1)·P) are epoch e + 1, P updates per epoch). A non-finite
 * cost in an epoch makes its mean non-finite, so the chart shows a gap there rather than a made-up number.
 */
export function epochCosts(costs: readonly CostPoint[], perEpoch: number, iterations: number): EpochCost[] {
  const P = Math.max(1, Math.floor(perEpoch));
  const sums = new Map<number, { sum: number; n: number }>();
  for (const c of costs) {
    const e = Math.floor(c.iteration / P);
    const acc = sums.get(e) ?? { sum: 0, n: 0 };
    acc.sum += c.cost;
    acc.n += 1;
    sums.set(e, acc);
  }
  return [...sums.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([e, { sum, n }]) => ({ epoch: e + 1, cost: sum / n, complete: (e + 1) * P <= iterations }));
}
