import { describe, expect, it } from 'vitest';
import { compare } from '../../shared/stats/compare';
import { StatsInputError } from '../../shared/stats/validate';
import { expectRel, REF } from './reference';
import { createRng } from '../../shared/engine/rng';

const testRng = (seed: number) => createRng('seedrandom', seed);

describe('compare', () => {
  it('reports the SciPy-checked tests and effect sizes for a 20-seed pair', () => {
    const c = REF.computed.find((x) => x.name === 'seeds_20_20')!;
    const r = compare(c.a, c.b, testRng(1));
    expectRel(r.welchP, c.welch.p, 1e-12, 'welchP');
    expectRel(r.mannWhitneyP, c.mannWhitney.p, 1e-12, 'mannWhitneyP');
    expect(r.mannWhitneyMethod).toBe('asymptotic');
    expectRel(r.meanDiff, c.meanDiff, 1e-12, 'meanDiff');
    expectRel(r.cohenD, c.cohenD, 1e-12, 'cohenD');
    expect(r.cliffDelta).toBe(c.cliffDelta);
    expect([r.nA, r.nB]).toEqual([20, 20]);
  });

  it('puts the observed mean difference inside the bootstrap interval', () => {
    const c = REF.computed.find((x) => x.name === 'seeds_20_20')!;
    const r = compare(c.a, c.b, testRng(3));
    expect(r.ci95[0]).toBeLessThan(r.meanDiff);
    expect(r.ci95[1]).toBeGreaterThan(r.meanDiff);
  });

  it('gives plain, JSON-safe output for single values', () => {
    const r = compare([0.2], [0.3], testRng(1));
    expect(r.welchP).toBeNull();
    expect(r.cohenD).toBeNull();
    expect(r.mannWhitneyP).toBe(1);
    expect(r.cliffDelta).toBe(-1);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('gives p = 1, zero difference and no d for identical samples', () => {
    const r = compare([0.5, 0.5, 0.5], [0.5, 0.5, 0.5], testRng(1));
    expect(r).toMatchObject({ welchP: null, mannWhitneyP: 1, meanDiff: 0, ci95: [0, 0], cohenD: null, cliffDelta: 0 });
  });

  it("rejects a diverged run's NaN or Infinity cost", () => {
    expect(() => compare([0.1, Infinity], [0.2, 0.3], testRng(1))).toThrow(StatsInputError);
    expect(() => compare([0.1, 0.2], [NaN, 0.3], testRng(1))).toThrow(/sample b holds NaN at index 0/);
  });
});
