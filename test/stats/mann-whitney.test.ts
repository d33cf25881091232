import { describe, expect, it } from 'vitest';
import { mannWhitneyU, type MannWhitneyOptions } from '../../shared/stats/mann-whitney';
import { StatsInputError } from '../../shared/stats/validate';
import { expectAbs, expectRel, printedTolerance, REF } from './reference';

const documented = REF.documented.filter((d) => d.test === 'mannWhitney');

describe('mannWhitneyU', () => {
  it.each(documented.map((d) => [d.source, d] as const))('reproduces %s', (_source, ex) => {
    const r = mannWhitneyU(ex.a, ex.b, ex.options as MannWhitneyOptions);
    expect(r.u).toBe(ex.expected.u);
    expectAbs(r.p, ex.expected.p!, printedTolerance(ex.printedDigits.p!, ex.expected.p!), 'p');
  });

  it("matches SciPy's 'auto' p-value to 1e-12 relative and picks the same method", () => {
    for (const c of REF.computed) {
      const r = mannWhitneyU(c.a, c.b);
      expect(r.u, c.name).toBe(c.mannWhitney.u);
      expect(r.method, c.name).toBe(c.mannWhitney.method);
      expectRel(r.p, c.mannWhitney.p, 1e-12, `${c.name} p`);
    }
  });

  it("matches SciPy's exact p-value to 1e-12 relative, ties included", () => {
    for (const c of REF.computed) expectRel(mannWhitneyU(c.a, c.b, { method: 'exact' }).p, c.mannWhitney.exactP, 1e-12, c.name);
  });

  it("matches SciPy's asymptotic p-value (tie and continuity corrected) to 1e-12 relative", () => {
    for (const c of REF.computed) expectRel(mannWhitneyU(c.a, c.b, { method: 'asymptotic' }).p, c.mannWhitney.asymptoticP, 1e-12, c.name);
  });

  it('gives p = 1 when every value is tied, as SciPy does', () => {
    const r = mannWhitneyU(REF.edge.allTies.a, REF.edge.allTies.b);
    expect(r.p).toBe(REF.edge.allTies.mannWhitneyP);
    expect(r.u).toBe(4.5);
  });

  it('matches SciPy on constant samples apart, single values and one against four', () => {
    for (const e of [REF.edge.constantApart, REF.edge.singletons, REF.edge.oneVsFour]) {
      expectRel(mannWhitneyU(e.a, e.b).p, e.mannWhitneyP, 1e-12, JSON.stringify(e.a));
    }
  });

  it('ranks ±Infinity like ordinary values', () => {
    const r = mannWhitneyU([-Infinity, 1, 2], [3, 4, Infinity]);
    expect(r.u).toBe(0);
    expect(r.method).toBe('exact');
    expectRel(r.p, 0.1, 1e-15, 'p = 2/C(6,3)');
  });

  it('rejects NaN clearly', () => {
    expect(() => mannWhitneyU([1, 2], [NaN])).toThrow(StatsInputError);
  });
});
