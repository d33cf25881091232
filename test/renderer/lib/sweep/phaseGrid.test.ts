// The phase diagram's cells and bands as the heat map draws them.
import { describe, expect, it } from 'vitest';
import type { SweepDetail } from '../../../../shared/contract/records';
import { bands, phaseCells } from '../../../../renderer/src/lib/sweep/phaseGrid';

describe('bands', () => {
  it('spans halfway to each neighbour and half a step past the ends', () => {
    expect([...bands([10, 2, 5]).entries()]).toEqual([
      [2, [0.5, 3.5]],
      [5, [3.5, 7.5]],
      [10, [7.5, 12.5]],
    ]);
  });
});

describe('phaseCells', () => {
  it('averages the test accuracy of finished seeds per σ_w² and depth, and leaves unfinished cells empty', () => {
    const cell = (runId: string, scale: number, seed: number, status: 'done' | 'queued', testAccuracy: number | null) => ({
      runId, scale, seed, status, testAccuracy, finalCost: null, trainAccuracy: null,
    });
    const detail = {
      cells: [cell('a', 1, 1, 'done', 0.8), cell('b', 1, 2, 'done', 0.9), cell('c', 2, 1, 'queued', null), cell('d', 1, 1, 'done', 0.5)],
      phase: { width: 4, sigmaW2: [1, 2], depths: [3, 9], sigmaB2: 0, criticalSigmaW2: 1, curve: [], depthOf: { a: 3, b: 3, c: 3, d: 9 }, dataset: 'moons', classes: 2, iterations: 300, chance: 0.5 },
    } as unknown as SweepDetail;
    const cells = phaseCells(detail);
    expect(cells.map((c) => [c.sigmaW2, c.depth, c.accuracy === null ? null : Number(c.accuracy.toFixed(12)), c.finished, c.total])).toEqual([
      [1, 3, 0.85, 2, 2],
      [2, 3, null, 0, 1],
      [1, 9, 0.5, 1, 1],
      [2, 9, null, 0, 0],
    ]);
  });
});
