import { describe, expect, it } from 'vitest';
import { tanh } from '../../../shared/engine/nn/tanh';
import { ulpDistance } from '../../../shared/engine/nn/ulp';

/** Arguments dense over [−25, 25] and log-spaced from 1e-300 to 1e300, both signs. */
function sweep(): number[] {
  const xs: number[] = [];
  for (let i = 0; i <= 400_000; i++) xs.push(-25 + (50 * i) / 400_000);
  for (let i = 0; i <= 20_000; i++) {
    const x = 10 ** (-300 + (600 * i) / 20_000);
    xs.push(x, -x);
  }
  return xs;
}

describe('tanh', () => {
  it('is within 2 ulp of Math.tanh over a dense sweep of arguments', () => {
    let worst = 0;
    for (const x of sweep()) worst = Math.max(worst, ulpDistance(tanh(x), Math.tanh(x)));
    expect(worst).toBeLessThanOrEqual(2);
  });

  it('equals Math.tanh exactly for most arguments', () => {
    const xs = sweep();
    const exact = xs.filter((x) => tanh(x) === Math.tanh(x)).length;
    expect(exact / xs.length).toBeGreaterThan(0.95);
  });

  it('is odd: tanh(−x) = −tanh(x) bit for bit', () => {
    const odd = sweep().filter((x) => Object.is(tanh(-x), -tanh(x))).length;
    expect(odd).toBe(sweep().length);
  });

  it('keeps the sign of zero, maps infinities to ±1 and NaN to NaN', () => {
    expect(Object.is(tanh(0), 0)).toBe(true);
    expect(Object.is(tanh(-0), -0)).toBe(true);
    expect(tanh(Infinity)).toBe(1);
    expect(tanh(-Infinity)).toBe(-1);
    expect(tanh(NaN)).toBeNaN();
    expect(tanh(5e-324)).toBe(5e-324);
  });

  it('is 1 for arguments past the clamp and below 1 just under 19', () => {
    expect(tanh(22)).toBe(1);
    expect(tanh(1e300)).toBe(1);
    expect(tanh(18)).toBeLessThan(1);
  });
});
