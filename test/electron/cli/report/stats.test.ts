import { describe, expect, it } from 'vitest';
import type { RunDetail } from '../../../../shared/contract/records';
import { pairComparisons } from '../../../../electron/cli/report/stats';

const run = (arm: string, finalCost: number, accuracy: number): RunDetail =>
  ({ arm, status: 'done', finalCost, trainAccuracy: accuracy, testAccuracy: accuracy }) as unknown as RunDetail;

const RUNS = [run('he', 0.1, 0.99), run('he', 0.12, 0.98), run('he', 0.09, 0.97), run('zeros', 0.69, 0.5), run('zeros', 0.69, 0.5), run('zeros', 0.7, 0.5)];

describe('pairComparisons', () => {
  it('reports each pair and metric with the comparison’s numbers under a fixed set of keys', () => {
    const [first] = pairComparisons(RUNS);
    expect(Object.keys(first)).toEqual(['a', 'b', 'metric', 'welchP', 'mannWhitneyP', 'meanDiff', 'ci95', 'cohenD', 'cliffDelta', 'nA', 'nB']);
    expect(first).toMatchObject({ a: 'he', b: 'zeros', metric: 'finalCost', nA: 3, nB: 3, cliffDelta: -1 });
    // Means 0.31/3 and 2.08/3: a difference of −0.59 up to rounding (tolerance 1e-12).
    expect(Math.abs(first.meanDiff + 0.59)).toBeLessThan(1e-12);
  });

  it('leaves out a metric where an arm has no finite value', () => {
    const runs = RUNS.map((r) => (r.arm === 'zeros' ? { ...r, testAccuracy: null } : r)) as RunDetail[];
    expect(pairComparisons(runs).map((c) => c.metric)).toEqual(['finalCost', 'trainAccuracy']);
  });
});
