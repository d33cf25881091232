import { describe, expect, it } from 'vitest';
import { RunConfigSchema } from '../../../shared/contract/config';
import { checkpointsLeft, createEtaEstimator } from '../../../shared/engine/train/eta';
import { trainRun } from '../../../shared/engine/train';

describe('checkpointsLeft', () => {
  it('counts the multiples of checkpointEvery still ahead and the end checkpoint', () => {
    expect(checkpointsLeft(0, 15000, 1000)).toBe(16);
    expect(checkpointsLeft(1, 15000, 1000)).toBe(15);
    expect(checkpointsLeft(1000, 15000, 1000)).toBe(15);
    expect(checkpointsLeft(14999, 15000, 1000)).toBe(1);
    expect(checkpointsLeft(15000, 15000, 1000)).toBe(0);
    expect(checkpointsLeft(10, 100, 1000)).toBe(1);
  });
});

describe('createEtaEstimator', () => {
  it('has no estimate before the first update', () => {
    expect(createEtaEstimator(100, 10).secondsLeft(0, 1)).toBeNull();
  });

  it('adds the checkpoints still to come at their measured cost, the first (warm-up) one aside', () => {
    const eta = createEtaEstimator(15000, 1000);
    eta.checkpointTook(3); // iteration 0, with warm-up
    eta.checkpointTook(1); // iteration 1000
    // 1500 updates in 1.5 s of training plus the 4 s of checkpoints: 1 ms per update.
    expect(eta.secondsLeft(1500, 5.5)).toBeCloseTo(13.5 + 14 * 1, 9);
  });
});

describe('the time left a run reports', () => {
  it('is within 25% of the time it then takes, from 10% of the run on, when checkpoints dominate', () => {
    // A clock that the run itself moves: 2 ms per iteration (counted where the loop polls, every 16) and
    // 0.4 s per checkpoint (inside the checkpoint's timing, as a costly summary would be).
    let clock = 0;
    const reports: { iteration: number; at: number; left: number | null }[] = [];
    const iterations = 3000;
    const config = RunConfigSchema.parse({
      data: { kind: 'moons', nTrain: 40, nTest: 10, noise: 0.2, seed: 1 },
      network: { dims: [2, 4, 1], activation: 'tanh' },
      optimizer: { name: 'gd', lr: 0.1 },
      iterations,
      record: { costEvery: 100, checkpointEvery: 250, layerStats: false, boundaryGrid: 0, histogramBins: 0 },
    });
    trainRun(config, {
      now: () => clock,
      progressIntervalMs: 0,
      shouldStop: () => ((clock += 16 * 2), false),
      onCheckpoint: () => void (clock += 400),
      onProgress: (p) => reports.push({ iteration: p.iteration, at: clock, left: p.secondsLeft }),
    });
    const end = clock;
    const late = reports.filter((r) => r.iteration >= iterations / 10 && r.iteration < iterations);
    expect(late.length).toBeGreaterThan(100);
    for (const r of late) {
      const truth = (end - r.at) / 1000;
      expect(Math.abs(r.left! - truth) / truth, `at iteration ${r.iteration}`).toBeLessThanOrEqual(0.25);
    }
    // Counted from the rate between checkpoints alone, the estimate would miss by more than 25%.
    const first = late[0];
    expect(((iterations - first.iteration) * 2) / 1000 / ((end - first.at) / 1000)).toBeLessThan(0.75);
  });
});
