import { describe, expect, it } from 'vitest';
import { expm1 } from '../../../shared/engine/nn/expm1';
import { ulpDistance } from '../../../shared/engine/nn/ulp';

/** Arguments dense over [−50, 10] and log-spaced magnitudes from 1e-300 to 700, both signs. */
function sweep(): number[] {
  const xs: number[] = [];
  for (let i = 0; i <= 300_000; i++) xs.push(-50 + (60 * i) / 300_000);
  for (let i = 0; i <= 20_000; i++) {
    const x = 10 ** (-300 + (302.8 * i) / 20_000);
    xs.push(x, -x);
  }
  return xs;
}

describe('expm1', () => {
  it('is within 4 ulp of Math.expm1 over a dense sweep of arguments', () => {
    let worst = 0;
    for (const x of sweep()) worst = Math.max(worst, ulpDistance(expm1(x), Math.expm1(x)));
    expect(worst).toBeLessThanOrEqual(4);
  });

  it('is within 3 ulp of Math.expm1 for the negative arguments ELU and SELU take', () => {
    let worst = 0;
    for (const x of sweep()) if (x <= 0) worst = Math.max(worst, ulpDistance(expm1(x), Math.expm1(x)));
    expect(worst).toBeLessThanOrEqual(3);
  });

  it('keeps the sign of zero and full relative accuracy for tiny arguments', () => {
    expect(Object.is(expm1(0), 0)).toBe(true);
    expect(Object.is(expm1(-0), -0)).toBe(true);
    expect(expm1(1e-300)).toBe(1e-300);
    expect(expm1(-1e-20)).toBe(-1e-20);
  });

  it('maps −∞ and large negative arguments to −1, large positive ones to +∞, NaN to NaN', () => {
    expect(expm1(-Infinity)).toBe(-1);
    expect(expm1(-1000)).toBe(-1);
    expect(expm1(709)).toBe(Math.expm1(709));
    expect(expm1(710)).toBe(Infinity);
    expect(expm1(Infinity)).toBe(Infinity);
    expect(expm1(NaN)).toBeNaN();
  });
});
