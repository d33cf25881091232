import { describe, expect, it } from 'vitest';
import { SAXE_2014_EXPERIMENTS, SAXE_DEPTHS, SAXE_TARGET_COST, reproducedSaxe2014 } from '../../../shared/contract/papers/saxe2014';
import { run } from './helpers';

/** A run whose cost reaches the target at iteration `at` (never when null). */
function timed(arm: string, depth: number, at: number | null) {
  const costs = [{ iteration: 0, cost: 0.7 }, { iteration: 395, cost: 0.5 }];
  if (at !== null) costs.splice(1, 0, { iteration: at, cost: SAXE_TARGET_COST });
  return run(arm, { depth, costs });
}

describe('Saxe et al. 2014 check', () => {
  it('runs one linear experiment per depth, orthogonal vs Gaussian of the same scale', () => {
    expect(SAXE_2014_EXPERIMENTS.map((e) => e.base.network.dims.length - 2)).toEqual([...SAXE_DEPTHS]);
    for (const e of SAXE_2014_EXPERIMENTS) {
      expect(e.base.network.activation).toBe('linear');
      expect(e.arms.map((a) => a.init.name)).toEqual(['orthogonal', 'xavier_normal']);
    }
  });

  it('says reproduced when Gaussian\'s learning time grows faster with depth than orthogonal\'s', () => {
    const v = reproducedSaxe2014([timed('Orthogonal', 2, 100), timed('Gaussian', 2, 110), timed('Orthogonal', 32, 120), timed('Gaussian', 32, 400)]);
    expect(v.verdict).toBe('reproduced');
    expect(v.why).toContain('orthogonal\'s time ×1.20, Gaussian\'s ×3.64');
  });

  it('counts a run that never reaches the target as the whole budget', () => {
    const v = reproducedSaxe2014([timed('Orthogonal', 2, 100), timed('Gaussian', 2, 100), timed('Orthogonal', 32, 100), timed('Gaussian', 32, null)]);
    expect(v.why).toContain('32 layers: 100 vs 396');
  });

  it('says not reproduced when orthogonal is slower at some depth', () => {
    const v = reproducedSaxe2014([timed('Orthogonal', 8, 300), timed('Gaussian', 8, 200)]);
    expect(v).toMatchObject({ verdict: 'not_reproduced', why: expect.stringContaining('slower at 8 layers') });
  });

  it('says not reproduced when Gaussian\'s time does not grow faster with depth', () => {
    expect(reproducedSaxe2014([timed('Orthogonal', 2, 100), timed('Gaussian', 2, 100), timed('Orthogonal', 32, 300), timed('Gaussian', 32, 300)]).verdict).toBe('not_reproduced');
  });

  it('judges one depth alone by orthogonal being no slower', () => {
    expect(reproducedSaxe2014([timed('Orthogonal', 32, 100), timed('Gaussian', 32, 300)])).toMatchObject({ verdict: 'reproduced', why: expect.stringContaining('this depth') });
  });

  it('is pending while runs train', () => {
    expect(reproducedSaxe2014([timed('Orthogonal', 2, 100), { ...timed('Gaussian', 2, 100), status: 'running' }]).verdict).toBe('pending');
  });
});
