import { describe, expect, it } from 'vitest';
import { targetReach } from '../../shared/stats/targets';

const run = (...costs: number[]) => costs.map((cost, i) => ({ iteration: i * 1000, cost }));

describe('targetReach', () => {
  it('counts the runs whose cost reached the target and the median first iteration', () => {
    const r = targetReach([run(0.7, 0.3, 0.1), run(0.7, 0.5, 0.4), run(0.7, 0.2, 0.05)], 0.25);
    expect(r).toEqual({ target: 0.25, runs: 3, reached: 2, share: 2 / 3, medianIteration: 1500, firstIterations: [2000, null, 1000] });
  });

  it('counts a cost equal to the target as reached', () => {
    expect(targetReach([run(0.5, 0.25)], 0.25).firstIterations).toEqual([1000]);
  });

  it('never counts NaN or -Infinity costs as reaching the target', () => {
    const r = targetReach([run(Infinity, NaN, -Infinity)], 0.1);
    expect(r.reached).toBe(0);
    expect(r.medianIteration).toBeNull();
  });

  it('gives share 0 and no median for no runs', () => {
    expect(targetReach([], 0.1)).toMatchObject({ runs: 0, reached: 0, share: 0, medianIteration: null });
  });

  it('rejects a non-finite target', () => {
    expect(() => targetReach([], NaN)).toThrow(/target loss/);
  });
});
