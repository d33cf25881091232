import { describe, expect, it } from 'vitest';
import { compareArms, summarizeArm, type Arm } from '../../shared/stats/arms';
import { compare } from '../../shared/stats/compare';
import { createRng } from '../../shared/engine/rng';

const run = (finalCost: number, trainAccuracy: number, testAccuracy: number) => ({ finalCost, trainAccuracy, testAccuracy });

const ARMS: Arm[] = [
  { name: 'zeros', runs: [run(0.693, 0.5, 0.5), run(0.693, 0.5, 0.5), run(0.693, 0.5, 0.5)] },
  { name: 'random', runs: [run(0.38, 0.83, 0.86), run(NaN, 0.5, 0.5), run(0.41, 0.8, 0.84)] },
  { name: 'he', runs: [run(0.07, 0.993, 0.96), run(0.08, 0.99, 0.95), run(0.06, 0.995, 0.97)] },
];

describe('summarizeArm', () => {
  it('summarizes finalCost, trainAccuracy and testAccuracy, counting a diverged cost as non-finite', () => {
    const s = summarizeArm(ARMS[1]);
    expect(s.name).toBe('random');
    expect(s.finalCost).toMatchObject({ n: 2, nonFinite: 1, min: 0.38, max: 0.41 });
    expect(s.trainAccuracy.n).toBe(3);
    expect(s.testAccuracy.median).toBe(0.84);
  });
});

describe('compareArms', () => {
  it('lists every pair in arm order for each metric', () => {
    const c = compareArms(ARMS, ['finalCost', 'testAccuracy']);
    expect(c.map((x) => `${x.a}/${x.b}/${x.metric}`)).toEqual([
      'zeros/random/finalCost',
      'zeros/random/testAccuracy',
      'zeros/he/finalCost',
      'zeros/he/testAccuracy',
      'random/he/finalCost',
      'random/he/testAccuracy',
    ]);
  });

  it('drops non-finite values before comparing and says how many', () => {
    const c = compareArms(ARMS, ['finalCost'])[0];
    expect(c).toMatchObject({ nA: 3, nB: 2, nonFiniteA: 0, nonFiniteB: 1 });
  });

  it('matches compare() with a fresh stream of the given seed for every row', () => {
    const c = compareArms(ARMS, ['finalCost'], 40)[2];
    const direct = compare([0.38, 0.41], [0.07, 0.08, 0.06], createRng('seedrandom', 40));
    expect(c).toEqual({ a: 'random', b: 'he', metric: 'finalCost', nonFiniteA: 1, nonFiniteB: 0, ...direct });
  });

  it('gives a row the same interval whichever other rows are listed', () => {
    const all = compareArms(ARMS, ['finalCost', 'testAccuracy']).find((x) => x.a === 'random' && x.b === 'he' && x.metric === 'finalCost');
    const alone = compareArms([ARMS[1], ARMS[2]], ['finalCost'])[0];
    expect(alone.ci95).toEqual(all?.ci95);
  });

  it('gives null statistics when an arm has no finite value', () => {
    const c = compareArms([{ name: 'x', runs: [run(NaN, 0.5, 0.5)] }, ARMS[2]], ['finalCost'])[0];
    expect(c).toMatchObject({ nA: 0, nB: 3, welchP: null, mannWhitneyP: null, ci95: null, cliffDelta: null });
  });
});
