import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fma, fmaExact, pow2 } from '../../../shared/engine/rng/glibc-log-fma';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/glibc-log.json', import.meta.url), 'utf8')) as {
  fma: { naive_double_double_misses: number; cases: [string, string, string, string][] };
};

const view = new DataView(new ArrayBuffer(8));

function fromBits(hex: string): number {
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

const cases = fixture.fma.cases.map((c) => c.map(fromBits) as [number, number, number, number]);

describe('fma', () => {
  it(`equals the hardware's fused multiply-add on all ${cases.length} reference triples, ${fixture.fma.naive_double_double_misses} of them ones a naive double-double sum rounds wrongly`, () => {
    const wrong = cases.filter(([a, b, c, r]) => !Object.is(fma(a, b, c), r));
    expect(wrong).toEqual([]);
  });

  it('equals the hardware on the same triples by the exact integer path alone', () => {
    const wrong = cases.filter(([a, b, c, r]) => !Object.is(fmaExact(a, b, c), r));
    expect(wrong).toEqual([]);
  });

  it('rounds a product that lands halfway between two doubles to the even one', () => {
    const ulp = 2 ** -52;
    expect(fma(1 + ulp, 1 - ulp, -1)).toBe(-(2 ** -104)); // exact: 1 − 2^−104 − 1, lost by a * b + c
    expect(fma(ulp / 2, 1, 1)).toBe(1); // 1 + ulp/2: tie, 1 is even
    expect(fma(ulp / 2, 1, 1 + ulp)).toBe(1 + 2 * ulp); // (1 + ulp) + ulp/2: tie, 1 + 2ulp is even
    expect(fma(ulp / 2, 1 + ulp, 1)).toBe(1 + ulp); // just above the tie
  });

  it('follows IEEE rules for infinities, NaN and zeros', () => {
    expect(fma(Infinity, 0, 1)).toBeNaN();
    expect(fma(Infinity, 2, -Infinity)).toBeNaN();
    expect(fma(2, 3, Infinity)).toBe(Infinity);
    expect(fma(NaN, 1, 1)).toBeNaN();
    expect(Object.is(fma(0, 5, -0), 0)).toBe(true);
    expect(Object.is(fma(-0, 5, -0), -0)).toBe(true);
    expect(Object.is(fma(2, 3, -6), 0)).toBe(true);
    expect(fma(2 ** 1000, 2 ** 30, -(2 ** 1023))).toBe(Infinity);
  });
});

describe('pow2', () => {
  it('builds every power of two from 2^-1074 to 2^1023 exactly', () => {
    let p = 2 ** 1023;
    for (let k = 1023; k >= -1074; k--) {
      expect(pow2(k)).toBe(p);
      p /= 2; // halving a power of two is exact down to the smallest subnormal
    }
  });
});
