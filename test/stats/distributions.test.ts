import { describe, expect, it } from 'vitest';
import { erfc, normalCdf, normalSf, studentTCdf, studentTQuantile, studentTTwoSided } from '../../shared/stats/distributions';
import { expectRel, REF } from './reference';

const D = REF.distributions;

describe('Student t distribution', () => {
  it('matches SciPy t.ppf to 1e-11 relative for df up to 1000', () => {
    for (const { p, df, q } of D.tQuantile) expectRel(studentTQuantile(p, df), q, 1e-11, `t.ppf(${p}, ${df})`);
  });

  it('matches SciPy t.cdf to 1e-12 relative for df up to 1000', () => {
    for (const { t, df, cdf } of D.tCdf) expectRel(studentTCdf(t, df), cdf, 1e-12, `t.cdf(${t}, ${df})`);
  });

  it('matches SciPy two-sided tail 2·t.sf(|t|) to 1e-12 relative, far tails included', () => {
    for (const { t, df, twoSided } of D.tCdf) expectRel(studentTTwoSided(t, df), twoSided, 1e-12, `2·t.sf(|${t}|, ${df})`);
  });

  it('gives the textbook 95% factor 12.706 for one degree of freedom', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062047, 6);
  });

  it('gives p = 0 for an infinite statistic and NaN for NaN', () => {
    expect(studentTTwoSided(Infinity, 3)).toBe(0);
    expect(studentTTwoSided(NaN, 3)).toBeNaN();
  });

  it('rejects probabilities outside (0, 1) and non-positive df', () => {
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.5, 0)).toThrow(RangeError);
  });
});

describe('normal distribution', () => {
  it('matches SciPy special.erfc to 1e-13 relative, down to 1e-296', () => {
    for (const { x, erfc: expected } of D.erfc) expectRel(erfc(x), expected, 1e-13, `erfc(${x})`);
  });

  it('has cdf and survival function summing to 1 and cdf(0) = ½', () => {
    expect(normalCdf(0)).toBe(0.5);
    for (const z of [-2, 0.3, 1.96]) expect(Math.abs(normalCdf(z) + normalSf(z) - 1)).toBeLessThan(1e-15);
  });

  it('maps ±Infinity to the ends of the distribution', () => {
    expect(normalSf(Infinity)).toBe(0);
    expect(normalSf(-Infinity)).toBe(1);
  });
});
