import { describe, expect, it } from 'vitest';
import { StatsInputError } from '../../shared/stats/validate';
import { welchTTest } from '../../shared/stats/welch';
import { expectAbs, expectRel, printedTolerance, REF } from './reference';

describe('welchTTest', () => {
  it("reproduces R's documented t.test(extra ~ group, data = sleep) to its printed digits", () => {
    const ex = REF.documented.find((d) => d.test === 'welch')!;
    const r = welchTTest(ex.a, ex.b);
    expectAbs(r.t, ex.expected.t!, printedTolerance(ex.printedDigits.t!, ex.expected.t!), 't');
    expectAbs(r.df, ex.expected.df!, printedTolerance(ex.printedDigits.df!, ex.expected.df!), 'df');
    expectAbs(r.p, ex.expected.p!, printedTolerance(ex.printedDigits.p!, ex.expected.p!), 'p');
  });

  it('matches SciPy ttest_ind(equal_var=False) statistic, df and p to 1e-12 relative', () => {
    for (const c of REF.computed) {
      const r = welchTTest(c.a, c.b);
      expectRel(r.t, c.welch.t, 1e-12, `${c.name} t`);
      expectRel(r.df, c.welch.df, 1e-12, `${c.name} df`);
      expectRel(r.p, c.welch.p, 1e-12, `${c.name} p`);
    }
  });

  it('is undefined (null) when a sample has a single value', () => {
    expect(welchTTest([1], [1, 2, 3])).toEqual({ t: null, df: null, p: null });
  });

  it('is undefined (null) for two identical constant samples', () => {
    expect(welchTTest([0.1, 0.1, 0.1], [0.1, 0.1, 0.1])).toEqual({ t: null, df: null, p: null });
  });

  it('gives p = 0 for two constant samples with different values, as SciPy does', () => {
    const r = welchTTest(REF.edge.constantApart.a, REF.edge.constantApart.b);
    expect(r.p).toBe(REF.edge.constantApart.welchP);
    expect(r.t).toBe(-Infinity);
  });

  it('rejects NaN and Infinity, naming the sample and index', () => {
    expect(() => welchTTest([1, NaN, 3], [1, 2])).toThrow(StatsInputError);
    expect(() => welchTTest([1, 2], [1, Infinity])).toThrow(/sample b holds Infinity at index 1/);
  });
});
