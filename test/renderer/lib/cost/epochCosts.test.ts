import { describe, expect, it } from 'vitest';
import { epochCosts } from '../../../../renderer/src/lib/cost/epochCosts';

const costs = (values: number[], every = 1) => values.map((cost, i) => ({ iteration: i * every, cost }));

describe('epochCosts', () => {
  it('averages the costs recorded in each run of P updates', () => {
    const e = epochCosts(costs([4, 2, 3, 1]), 2, 4);
    expect(e).toEqual([
      { epoch: 1, cost: 3, complete: true },
      { epoch: 2, cost: 2, complete: true },
    ]);
  });

  it('averages only the recorded costs when costs are recorded every k updates', () => {
    // costs at iterations 0, 3, 6, 9 with 5 updates per epoch: epoch 1 holds 0 and 3, epoch 2 holds 6 and 9
    expect(epochCosts(costs([1, 3, 5, 7], 3), 5, 10).map((x) => x.cost)).toEqual([2, 6]);
  });

  it('marks a last epoch the run did not finish as incomplete', () => {
    expect(epochCosts(costs([1, 1, 1]), 2, 3).map((x) => x.complete)).toEqual([true, false]);
  });

  it('makes an epoch with a non-finite cost non-finite, so it shows as a gap', () => {
    expect(epochCosts(costs([1, NaN, 2, 2]), 2, 4)[0].cost).toBeNaN();
    expect(epochCosts(costs([Infinity, 1, 2, 2]), 2, 4)[0].cost).toBe(Infinity);
  });
});
