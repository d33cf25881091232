import { describe, expect, it } from 'vitest';
import { armBands, emptyStretches, nonFiniteNote } from '../../../../renderer/src/lib/stats/statsBands';
import { groupByArm } from '../../../../renderer/src/lib/stats/statsArms';
import { checkpointAt, seedRun } from '../../helpers/seedRuns';

const costs = (...ys: number[]) => ys.map((cost, i) => ({ iteration: i * 10, cost }));

describe('armBands', () => {
  it('gives the mean and ±1 sample std of the seeds at every recorded iteration', () => {
    const groups = groupByArm(null, [
      seedRun({ arm: 'he', seed: 1, costs: costs(1, 0.5) }),
      seedRun({ arm: 'he', seed: 2, costs: costs(3, 0.7) }),
    ]);
    const [b] = armBands(groups, 'cost', 'std');
    expect(b.band.iterations).toEqual([0, 10]);
    expect(b.band.mean[0]).toBeCloseTo(2, 12);
    // sample std of {1, 3} is √2
    expect(b.band.upper[0]).toBeCloseTo(2 + Math.SQRT2, 12);
    expect(b.band.lower[1]).toBeCloseTo(0.6 - Math.sqrt(0.02), 12);
  });

  it('widens the band to the t-based 95% interval of the mean on request', () => {
    const groups = groupByArm(null, [seedRun({ arm: 'he', seed: 1, costs: costs(1) }), seedRun({ arm: 'he', seed: 2, costs: costs(3) })]);
    const [b] = armBands(groups, 'cost', 'ci95');
    // t(0.975, 1) = 12.7062047361747; half-width = t · √2 / √2
    expect((b.band.upper[0] as number) - 2).toBeCloseTo(12.7062047361747, 9);
  });

  it('follows the train or test accuracy at each checkpoint', () => {
    const groups = groupByArm(null, [
      seedRun({ arm: 'he', seed: 1, checkpoints: [checkpointAt(0, 0.5, 0.4), checkpointAt(100, 0.9, 0.8)] }),
      seedRun({ arm: 'he', seed: 2, checkpoints: [checkpointAt(0, 0.5, 0.6), checkpointAt(100, 1, 0.9)] }),
    ]);
    const [test] = armBands(groups, 'testAccuracy', 'std');
    expect(test.band.iterations).toEqual([0, 100]);
    expect(test.band.mean[1]).toBeCloseTo(0.85, 12);
    const [train] = armBands(groups, 'trainAccuracy', 'std');
    expect(train.band.mean[1]).toBeCloseTo(0.95, 12);
  });

  it('leaves infinite costs out of the mean and counts them', () => {
    const groups = groupByArm(null, [
      seedRun({ arm: 'random', seed: 1, costs: costs(Infinity, 2) }),
      seedRun({ arm: 'random', seed: 2, costs: costs(4, NaN) }),
      seedRun({ arm: 'random', seed: 3, costs: costs(6, 4) }),
    ]);
    const [b] = armBands(groups, 'cost', 'std');
    expect(b.band.mean).toEqual([5, 3]);
    expect(b.band.n).toEqual([2, 2]);
    expect(b.band.nonFinite).toEqual([1, 1]);
  });
});

describe('nonFiniteNote', () => {
  it('says how many seeds were not finite, where, and that the band uses the finite ones', () => {
    const groups = groupByArm(null, [
      seedRun({ arm: 'random', seed: 1, costs: costs(Infinity, Infinity, 1) }),
      seedRun({ arm: 'random', seed: 2, costs: costs(Infinity, 2, 1) }),
      seedRun({ arm: 'random', seed: 3, costs: costs(5, 2, 1) }),
    ]);
    const [b] = armBands(groups, 'cost', 'std');
    expect(nonFiniteNote(b)).toBe(
      'Random ×10: up to 2 of 3 seeds had an infinite or NaN cost at 2 recorded iterations (iterations 0–10). ' +
        'There the mean and band use the finite seeds only (n in the tooltip).',
    );
  });

  it('says nothing for an arm whose costs were all finite', () => {
    const [b] = armBands(groupByArm(null, [seedRun({ arm: 'he', seed: 1, costs: costs(1, 2) })]), 'cost', 'std');
    expect(nonFiniteNote(b)).toBeNull();
  });

  it('marks the stretches where no seed was finite as breaks in the line', () => {
    const groups = groupByArm(null, [
      seedRun({ arm: 'random', seed: 1, costs: costs(Infinity, Infinity, 3, Infinity) }),
      seedRun({ arm: 'random', seed: 2, costs: costs(Infinity, Infinity, 2, Infinity) }),
    ]);
    const [b] = armBands(groups, 'cost', 'std');
    expect(emptyStretches(b.band)).toEqual([
      { from: 0, to: 10 },
      { from: 30, to: 30 },
    ]);
    expect(nonFiniteNote(b)).toMatch(/where no seed was finite the line breaks \(shaded\)\.$/);
  });
});
