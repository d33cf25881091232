import { describe, expect, it } from 'vitest';
import { ulpDistance } from '../../../shared/engine/nn/ulp';

describe('ulpDistance', () => {
  it('is 0 for equal numbers and for +0 against −0', () => {
    expect(ulpDistance(1.5, 1.5)).toBe(0);
    expect(ulpDistance(0, -0)).toBe(0);
  });

  it('counts neighbouring doubles as 1 apart, across powers of two and across zero', () => {
    expect(ulpDistance(1, 1 + Number.EPSILON)).toBe(1);
    expect(ulpDistance(1, 1 - Number.EPSILON / 2)).toBe(1);
    expect(ulpDistance(5e-324, -5e-324)).toBe(2);
  });

  it('is NaN when only one side is NaN and 0 when both are', () => {
    expect(ulpDistance(NaN, 1)).toBeNaN();
    expect(ulpDistance(NaN, NaN)).toBe(0);
  });
});
