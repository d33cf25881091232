import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../shared/engine/rng';
import { compare, type Comparison } from '../../../../shared/stats/compare';
import { compareArms } from '../../../../shared/stats/arms';
import { groupByArm } from '../../../../renderer/src/lib/stats/statsArms';
import { effectSize, formatP, pairwiseRows, readComparison } from '../../../../renderer/src/lib/stats/statsPairwise';
import { seedRun } from '../../helpers/seedRuns';

// R's `sleep` data (extra hours of sleep, group 1 and 2), the example of R's t.test and of scipy's docs.
const SLEEP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const SLEEP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

function arms(values: Record<string, number[]>, metric: 'finalCost' | 'testAccuracy' = 'finalCost') {
  return groupByArm(
    null,
    Object.entries(values).flatMap(([arm, vs]) => vs.map((v, i) => seedRun({ arm, seed: i + 1, [metric]: v }))),
  );
}

const comparison = (over: Partial<Comparison>): Comparison => ({
  welchP: 0.5, mannWhitneyP: 0.5, mannWhitneyMethod: 'exact', meanDiff: 0.1, ci95: [-0.1, 0.3], cohenD: 0.3, cliffDelta: 0.2, nA: 5, nB: 5, ...over,
});

describe('pairwiseRows', () => {
  it('carries shared/stats\' comparison of two arms: R\'s sleep example gives Welch p = 0.07939 (R t.test) and Mann–Whitney p = 0.06933 (scipy)', () => {
    const [row] = pairwiseRows(arms({ one: SLEEP_1, two: SLEEP_2 }), 'finalCost');
    const c = row.comparison as Comparison;
    expect(c.welchP).toBeCloseTo(0.0793941401873583, 10);
    expect(c.mannWhitneyP).toBeCloseTo(0.06932757543362658, 10);
    expect(c.meanDiff).toBeCloseTo(-1.58, 12);
    // pooled-sd Cohen's d, by numpy: −0.83218108134954
    expect(c.cohenD).toBeCloseTo(-0.8321810813495395, 12);
    expect([c.nA, c.nB]).toEqual([10, 10]);
    expect(c.ci95[0]).toBeLessThan(c.meanDiff);
    expect(c.ci95[1]).toBeGreaterThan(c.meanDiff);
  });

  it('gives the same comparison as shared/stats\' compareArms, which the command line reports', () => {
    const values = { one: SLEEP_1, two: SLEEP_2, three: SLEEP_1.map((v) => v + 1) };
    const rows = pairwiseRows(arms(values), 'finalCost');
    const cli = compareArms(Object.entries(values).map(([name, vs]) => ({ name, runs: vs.map((v) => ({ finalCost: v, trainAccuracy: 0, testAccuracy: 0 })) })), ['finalCost']);
    expect(rows.map((r) => r.comparison)).toEqual(cli.map(({ a: _a, b: _b, metric: _m, nonFiniteA: _na, nonFiniteB: _nb, ...c }) => c));
  });

  it('compares every pair once, in arm order', () => {
    const rows = pairwiseRows(arms({ a: [1, 2], b: [2, 3], c: [3, 4] }), 'finalCost');
    expect(rows.map((r) => `${r.a.label}-${r.b.label}`)).toEqual(['a-b', 'a-c', 'b-c']);
  });

  it('gives a pair the same bootstrap interval whatever other arms are compared', () => {
    const alone = pairwiseRows(arms({ b: [2, 3, 5], c: [3, 4, 8] }), 'finalCost')[0];
    const among = pairwiseRows(arms({ a: [1, 2, 2], b: [2, 3, 5], c: [3, 4, 8] }), 'finalCost')[2];
    expect(among.comparison?.ci95).toEqual(alone.comparison?.ci95);
  });

  it('bootstraps as the command line does: a fresh seedrandom stream with seed 1 per comparison', () => {
    const [row] = pairwiseRows(arms({ b: [2, 3, 5], c: [3, 4, 8] }), 'finalCost');
    expect(row.comparison).toEqual(compare([2, 3, 5], [3, 4, 8], createRng('seedrandom', 1)));
  });

  it('drops seeds whose value is not finite before comparing and counts them', () => {
    const groups = groupByArm(null, [
      seedRun({ arm: 'random', seed: 1, finalCost: 0.5 }),
      seedRun({ arm: 'random', seed: 2, finalCost: 0.7 }),
      seedRun({ arm: 'random', seed: 3, status: 'diverged', finalCost: null }),
      seedRun({ arm: 'he', seed: 1, finalCost: 0.1 }),
      seedRun({ arm: 'he', seed: 2, finalCost: 0.2 }),
    ]);
    const [row] = pairwiseRows(groups, 'finalCost');
    expect(row.dropped).toEqual({ a: 1, b: 0 });
    expect(row.comparison?.nA).toBe(2);
  });

  it('explains a pair it cannot compare yet', () => {
    const groups = groupByArm(null, [seedRun({ arm: 'he', seed: 1, testAccuracy: 0.9 }), seedRun({ arm: 'zeros', seed: 1, status: 'running' })]);
    const [row] = pairwiseRows(groups, 'testAccuracy');
    expect(row.comparison).toBeNull();
    expect(row.reading).toBe('Zeros has no finished seed with a finite test accuracy yet');
  });

  it('reads a clear accuracy difference with the better arm first', () => {
    const [row] = pairwiseRows(arms({ xavier_normal: [0.9, 0.91, 0.89, 0.9, 0.92], he: [0.96, 0.97, 0.95, 0.96, 0.97] }, 'testAccuracy'), 'testAccuracy');
    // scipy: Welch p = 2.81e-5
    expect(row.comparison?.welchP).toBeCloseTo(2.8084668271907285e-5, 12);
    expect(row.reading).toBe('He > Xavier normal on test accuracy, p < 0.001, large effect');
  });
});

describe('readComparison', () => {
  it('names the lower-cost arm first with "<"', () => {
    expect(readComparison('He', 'Xavier', 'finalCost', comparison({ welchP: 0.003, meanDiff: -0.2, cohenD: -1.2 }))).toBe(
      'He < Xavier on final cost, p = 0.003, large effect',
    );
    expect(readComparison('He', 'Xavier', 'finalCost', comparison({ welchP: 0.02, meanDiff: 0.2, cohenD: 0.6 }))).toBe(
      'Xavier < He on final cost, p = 0.02, medium effect',
    );
  });

  it('calls a difference above p = 0.05 unclear and still sizes the effect', () => {
    expect(readComparison('He', 'Xavier', 'testAccuracy', comparison({ welchP: 0.41, cohenD: 0.3 }))).toBe(
      'No clear difference between He and Xavier on test accuracy (p = 0.41, small effect)',
    );
  });

  it('falls back to the Mann–Whitney p where Welch\'s is undefined', () => {
    expect(readComparison('A', 'B', 'trainAccuracy', comparison({ welchP: null, mannWhitneyP: 0.029, meanDiff: 0.1, cohenD: null, cliffDelta: 1 }))).toBe(
      'A > B on train accuracy, p = 0.029, large effect',
    );
  });

  it('says so when both arms gave the same value on every seed', () => {
    expect(readComparison('A', 'B', 'testAccuracy', comparison({ welchP: null, mannWhitneyP: 1, meanDiff: 0, cohenD: null, cliffDelta: 0 }))).toBe(
      'A = B on test accuracy: the same value on every seed',
    );
  });
});

describe('effectSize and formatP', () => {
  it('sizes effects by Cohen\'s thresholds on |d| and by Romano\'s on |Cliff\'s delta| when d is undefined', () => {
    expect([0.1, 0.2, 0.5, 0.8, -2].map((d) => effectSize(comparison({ cohenD: d })))).toEqual(['negligible', 'small', 'medium', 'large', 'large']);
    expect([0.1, 0.2, 0.4, 0.5].map((c) => effectSize(comparison({ cohenD: null, cliffDelta: c })))).toEqual(['negligible', 'small', 'medium', 'large']);
  });

  it('writes p-values with two significant digits and small ones as p < 0.001', () => {
    expect([0.0793941401873583, 0.003, 0.0009, 1, null].map(formatP)).toEqual(['p = 0.079', 'p = 0.003', 'p < 0.001', 'p = 1', 'p undefined']);
  });
});
