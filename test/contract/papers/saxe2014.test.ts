import { describe, expect, it } from 'vitest';
import { createCachedLoader } from '../../../electron/worker/data-files';
import { experimentRuns } from '../../../shared/contract/config';
import {
  SAXE_2014,
  SAXE_2014_EXPERIMENTS,
  SAXE_DEPTHS,
  SAXE_ITERATIONS,
  SAXE_RATE_FACTORS,
  SAXE_TARGET_COST,
  reproducedSaxe2014,
  saxeLearningRate,
} from '../../../shared/contract/papers/saxe2014';
import { learningTime, type PaperRun } from '../../../shared/contract/papers/verdict';
import { trainRun } from '../../../shared/engine/train';
import { run } from './helpers';

/** A finished run at a depth and rate whose cost reaches the target at iteration `at` (never when null). */
function timed(arm: string, depth: number, lr: number, at: number | null): PaperRun {
  const costs = [{ iteration: 0, cost: 2.3 }, { iteration: SAXE_ITERATIONS - 5, cost: 1 }];
  if (at !== null) costs.splice(1, 0, { iteration: at, cost: SAXE_TARGET_COST });
  return run(arm, { depth, lr, costs });
}

/** Runs at depths 2, 8, 32 (one rate each) with the given learning times per arm. */
function atDepths(orthogonal: (number | null)[], gaussian: (number | null)[]): PaperRun[] {
  return [2, 8, 32].flatMap((d, i) => [timed('Orthogonal', d, 0.1, orthogonal[i]), timed('Gaussian', d, 0.1, gaussian[i])]);
}

describe('Saxe et al. 2014 check', () => {
  it('trains linear MNIST nets at every depth and rate, orthogonal vs Gaussian of the same scale', () => {
    expect(SAXE_2014_EXPERIMENTS).toHaveLength(SAXE_DEPTHS.length * SAXE_RATE_FACTORS.length);
    const grid = SAXE_2014_EXPERIMENTS.map((e) => [e.base.network.dims.length - 2, e.base.optimizer.lr]);
    expect(grid).toEqual(SAXE_DEPTHS.flatMap((d) => SAXE_RATE_FACTORS.map((f) => [d, saxeLearningRate(d, f)])));
    for (const e of SAXE_2014_EXPERIMENTS) {
      expect(e.base.data.kind).toBe('mnist');
      expect(e.base.network.activation).toBe('linear');
      expect(e.base.network.dims[0]).toBe(784);
      expect(e.base.network.dims.at(-1)).toBe(10);
      expect(e.arms.map((a) => [a.label, a.init.name])).toEqual([['Orthogonal', 'orthogonal'], ['Gaussian', 'lecun_normal']]);
    }
  });

  it('scales the rate grid by the weight layers', () => {
    expect(saxeLearningRate(2, 1)).toBe(0.333);
    expect(saxeLearningRate(32, 0.5)).toBe(0.0152);
  });

  it('says reproduced when Gaussian\'s time grows with depth far more than orthogonal\'s', () => {
    const v = reproducedSaxe2014(atDepths([20, 45, 55], [40, 90, null]));
    expect(v.verdict).toBe('reproduced');
    expect(v.why).toContain(`2 layers: 20 (lr 0.1) vs 40 (lr 0.1); 8 layers: 45 (lr 0.1) vs 90 (lr 0.1); 32 layers: 55 (lr 0.1) vs ≥${SAXE_ITERATIONS} (no rate)`);
    expect(v.why).toContain('from 2 to 32 layers orthogonal\'s time ×2.75, Gaussian\'s ×≥7.50');
  });

  it('takes each arm\'s best rate at each depth, averaging the seeds', () => {
    const runs = [
      ...atDepths([20, 45, 55], [40, 90, 300]).filter((r) => r.depth !== 8),
      timed('Orthogonal', 8, 0.05, 40),
      timed('Orthogonal', 8, 0.05, 50),
      timed('Orthogonal', 8, 0.1, 30),
      timed('Orthogonal', 8, 0.1, null),
      timed('Gaussian', 8, 0.05, 200),
      timed('Gaussian', 8, 0.1, 80),
    ];
    expect(reproducedSaxe2014(runs).why).toContain('8 layers: 45 (lr 0.05) vs 80 (lr 0.1)');
  });

  it('marks a time as a lower bound when a seed missed the target', () => {
    const runs = [...atDepths([20, 45, 55], [40, 90, null]).filter((r) => !(r.arm === 'Gaussian' && r.depth === 32)), timed('Gaussian', 32, 0.1, 50), timed('Gaussian', 32, 0.1, null)];
    expect(reproducedSaxe2014(runs).why).toContain(`32 layers: 55 (lr 0.1) vs ≥${(50 + SAXE_ITERATIONS) / 2} (lr 0.1)`);
  });

  it('counts a diverged run as the whole budget, whatever its cost before diverging', () => {
    const diverged: PaperRun = { ...timed('Gaussian', 32, 0.2, 5), status: 'diverged' };
    const v = reproducedSaxe2014([...atDepths([20, 45, 55], [40, 90, 250]), diverged]);
    expect(v.why).toContain('32 layers: 55 (lr 0.1) vs 250 (lr 0.1)');
  });

  it('says not reproduced when orthogonal is not the faster at the deepest depth', () => {
    const v = reproducedSaxe2014(atDepths([20, 45, null], [40, 90, 250]));
    expect(v).toMatchObject({ verdict: 'not_reproduced', why: expect.stringContaining('orthogonal was not the faster at 32 layers') });
  });

  it('says not reproduced when Gaussian\'s time does not grow faster with depth', () => {
    const v = reproducedSaxe2014(atDepths([20, 45, 55], [40, 90, 110]));
    expect(v).toMatchObject({ verdict: 'not_reproduced', why: expect.stringContaining('Gaussian\'s time did not grow 2× as much') });
  });

  it('is pending while runs train, and with one depth alone', () => {
    const runs = atDepths([20, 45, 55], [40, 90, null]);
    expect(reproducedSaxe2014([...runs, { ...runs[0], status: 'running' }]).verdict).toBe('pending');
    expect(reproducedSaxe2014(runs.filter((r) => r.depth === 32)).verdict).toBe('pending');
  });

  it('states the design it trains', () => {
    expect(SAXE_2014.design).toContain(`${SAXE_2014_EXPERIMENTS.length} experiments`);
    expect(SAXE_2014.design).toContain('MNIST');
  });
});

describe('Saxe et al. 2014 on MNIST', () => {
  it('at 32 layers, orthogonal reaches the target within 100 updates where Gaussian does not within 150', () => {
    const exp = SAXE_2014_EXPERIMENTS.find((e) => e.base.network.dims.length - 2 === 32 && e.base.optimizer.lr === saxeLearningRate(32, 1));
    expect(exp).toBeDefined();
    const loadData = createCachedLoader();
    const times = Object.fromEntries(
      experimentRuns(exp!)
        .filter((r) => r.initSeed === 1)
        .map((r) => [r.label, learningTime(trainRun({ ...r.config, iterations: 150 }, {}, { loadData }).costs, SAXE_TARGET_COST)]),
    );
    // Measured over the preset's 300 updates: orthogonal 60, Gaussian never (its cost stays above 1).
    expect(times.Orthogonal).not.toBeNull();
    expect(times.Orthogonal).toBeLessThanOrEqual(100);
    expect(times.Gaussian).toBeNull();
  }, 60_000);
});
