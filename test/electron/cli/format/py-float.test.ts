import { describe, expect, it } from 'vitest';
import { pyFloat } from '../../../../electron/cli/format/py-float';

// Expected strings are what Python 3's repr(float) prints for the same doubles.
describe('pyFloat', () => {
  it('prints infinities and NaN as Python does', () => {
    expect([pyFloat(Infinity), pyFloat(-Infinity), pyFloat(NaN)]).toEqual(['inf', '-inf', 'nan']);
  });

  it('prints the shortest round-trip digits in positional form between 1e-4 and 1e16', () => {
    expect(pyFloat(0.8830537463419761)).toBe('0.8830537463419761');
    expect(pyFloat(0.0001)).toBe('0.0001');
    expect(pyFloat(1)).toBe('1.0');
    expect(pyFloat(1e15)).toBe('1000000000000000.0');
    expect(pyFloat(-0)).toBe('-0.0');
  });

  it('switches to a two-digit exponent below 1e-4 and from 1e16', () => {
    expect(pyFloat(1e-5)).toBe('1e-05');
    expect(pyFloat(2.5e-7)).toBe('2.5e-07');
    expect(pyFloat(1e16)).toBe('1e+16');
    expect(pyFloat(1.2345e-300)).toBe('1.2345e-300');
  });
});
