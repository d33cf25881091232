import { describe, expect, it } from 'vitest';
import { cliffDelta, cohenD } from '../../shared/stats/effect-size';
import { StatsInputError } from '../../shared/stats/validate';
import { expectAbs, expectRel, printedTolerance, REF } from './reference';

describe('cohenD', () => {
  it.each(REF.documented.filter((d) => d.test === 'cohenD').map((d) => [d.source, d] as const))('reproduces %s', (_s, ex) => {
    expectAbs(cohenD(ex.a, ex.b), ex.expected.d!, printedTolerance(ex.printedDigits.d!, ex.expected.d!), 'd');
  });

  it('matches the pooled-sd definition computed with NumPy to 1e-12 relative', () => {
    for (const c of REF.computed) expectRel(cohenD(c.a, c.b), c.cohenD, 1e-12, c.name);
  });

  it('is null when the pooled sd is zero', () => {
    expect(cohenD([2, 2, 2], [2, 2])).toBeNull();
    expect(cohenD([1, 1, 1], [2, 2, 2])).toBeNull();
  });

  it('is null for two single values and defined for one value against several', () => {
    expect(cohenD([1], [2])).toBeNull();
    expect(cohenD([1], [2, 4])).toBeCloseTo((1 - 3) / Math.SQRT2, 15);
  });

  it('rejects NaN', () => {
    expect(() => cohenD([NaN], [1, 2])).toThrow(StatsInputError);
  });
});

describe('cliffDelta', () => {
  it.each(REF.documented.filter((d) => d.test === 'cliffDelta').map((d) => [d.source, d] as const))('reproduces %s', (_s, ex) => {
    expectAbs(cliffDelta(ex.a, ex.b), ex.expected.delta!, printedTolerance(ex.printedDigits.delta!, ex.expected.delta!), 'delta');
  });

  it('matches the dominance definition computed with NumPy exactly', () => {
    for (const c of REF.computed) expectRel(cliffDelta(c.a, c.b), c.cliffDelta, 1e-15, c.name);
  });

  it('is 0 for identical samples and ±1 for separated ones', () => {
    expect(cliffDelta([1, 1, 1], [1, 1, 1])).toBe(0);
    expect(cliffDelta([5, 6], [1, 2, 3])).toBe(1);
    expect(cliffDelta([1], [2])).toBe(-1);
  });

  it('rejects NaN', () => {
    expect(() => cliffDelta([1, 2], [3, NaN])).toThrow(StatsInputError);
  });
});
