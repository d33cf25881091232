import { describe, expect, it } from 'vitest';
import { groupByArm } from '../../../../renderer/src/lib/stats/statsArms';
import { armDistributions, armStrips, boxStats } from '../../../../renderer/src/lib/stats/statsDistributions';
import { seedRun } from '../../helpers/seedRuns';

const costs = (...ys: number[]) => ys.map((cost, i) => ({ iteration: i * 100, cost }));

describe('armDistributions', () => {
  const groups = groupByArm(null, [
    seedRun({ arm: 'he', seed: 1, testAccuracy: 0.9, finalCost: 0.1, costs: costs(0.7, 0.3, 0.1) }),
    seedRun({ arm: 'he', seed: 2, testAccuracy: 0.95, finalCost: 0.2, costs: costs(0.7, 0.2, 0.2) }),
    seedRun({ arm: 'he', seed: 3, testAccuracy: 1, finalCost: 0.6, costs: costs(0.7, 0.65, 0.6) }),
    seedRun({ arm: 'he', seed: 4, status: 'running' }),
  ]);
  const [he] = armDistributions(groups, 0.25);
  const test = he.metrics.find((m) => m.metric === 'testAccuracy')?.summary;

  it('summarises each metric over the finished seeds: mean, sample std, median, min, max', () => {
    expect(test?.n).toBe(3);
    expect(test?.mean).toBeCloseTo(0.95, 12);
    expect(test?.std).toBeCloseTo(0.05, 12);
    expect(test?.median).toBeCloseTo(0.95, 12);
    expect([test?.min, test?.max]).toEqual([0.9, 1]);
    expect(he.uncounted).toBe(1);
  });

  it('counts the share of seeds that reached the target loss and the median first iteration', () => {
    expect(he.reach.reached).toBe(2);
    expect(he.reach.share).toBeCloseTo(2 / 3, 12);
    // first iterations at or below 0.25: seed 1 at 200, seed 2 at 100 → median 150
    expect(he.reach.medianIteration).toBe(150);
  });

  it('leaves a diverged seed\'s non-finite cost out of the statistics and counts it', () => {
    const g = groupByArm(null, [
      seedRun({ arm: 'random', seed: 1, finalCost: 0.4 }),
      seedRun({ arm: 'random', seed: 2, status: 'diverged', finalCost: null }),
    ]);
    const cost = armDistributions(g, 0.1)[0].metrics.find((m) => m.metric === 'finalCost')?.summary;
    expect(cost?.n).toBe(1);
    expect(cost?.nonFinite).toBe(1);
    expect(cost?.mean).toBe(0.4);
    expect(cost?.std).toBeNull();
  });
});

describe('boxStats', () => {
  it('gives the quartiles by linear interpolation, as numpy.quantile does', () => {
    // numpy.quantile([1, 2, 3, 4, 10], [0.25, 0.5, 0.75]) = [2, 3, 4]
    expect(boxStats([10, 1, 3, 2, 4])).toEqual({ min: 1, q1: 2, median: 3, q3: 4, max: 10 });
    // numpy.quantile([1, 2, 3, 4], 0.25) = 1.75
    expect(boxStats([1, 2, 3, 4])?.q1).toBeCloseTo(1.75, 12);
  });

  it('has no box without a finite value', () => {
    expect(boxStats([NaN, Infinity])).toBeNull();
  });
});

describe('armStrips', () => {
  it('keeps every finished seed as a point and flags the non-finite ones', () => {
    const g = groupByArm(null, [
      seedRun({ arm: 'random', seed: 1, finalCost: 0.4 }),
      seedRun({ arm: 'random', seed: 2, status: 'diverged', finalCost: null }),
      seedRun({ arm: 'random', seed: 3, status: 'queued' }),
    ]);
    const [s] = armStrips(g, 'finalCost');
    expect(s.points.map((p) => [p.seed, p.finite])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(s.box?.median).toBe(0.4);
  });
});
