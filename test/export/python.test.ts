import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { indent, pyCommentLines, pyCommentText, pyConstantName, pyFloat, pyInt, pyIntList, pyString } from '../../shared/export/python';

const SAMPLES = [0.1, -0.5, 10, 1e-7, 1e21, 5e-324, 1.7976931348623157e308, 5 / 3, Math.sqrt(2), -0, 0, 123456789.123];

describe('python literals', () => {
  it('writes whole numbers as floats', () => {
    expect([10, 0, -3].map(pyFloat)).toEqual(['10.0', '0.0', '-3.0']);
  });

  it('keeps the sign of zero', () => {
    expect(pyFloat(-0)).toBe('-0.0');
  });

  it('writes exponents Python reads', () => {
    expect([1e-7, 1e21, 2.5e-300].map(pyFloat)).toEqual(['1e-7', '1e+21', '2.5e-300']);
  });

  it('refuses non-finite floats', () => {
    expect(() => pyFloat(Number.NaN)).toThrow(RangeError);
    expect(() => pyFloat(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('refuses a non-integer int', () => {
    expect(() => pyInt(1.5)).toThrow(RangeError);
    expect(pyIntList([2, 10, 5, 1])).toBe('[2, 10, 5, 1]');
  });

  it('reads back in python3 as the same doubles', () => {
    const source = `print(repr([${SAMPLES.map(pyFloat).join(', ')}]))`;
    const r = spawnSync('python3', ['-c', source], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    // Python's repr is the shortest text that reads back to its double, and JSON reads it exactly.
    const back = JSON.parse(r.stdout.trim().replace(/-0\.0\b/g, '"-0"')).map((x: number | string) => (x === '-0' ? -0 : x));
    expect(back).toEqual(SAMPLES);
  });

  it('quotes strings with escapes Python reads back', () => {
    const text = 'a "quoted"\nline \\ with ü';
    const r = spawnSync('python3', ['-c', `import sys; sys.stdout.write(${pyString(text)})`], { encoding: 'utf8' });
    expect(r.stdout).toBe(text);
  });

  it('turns line breaks and control characters in comment text into spaces', () => {
    expect(pyCommentText('a\nb\r\nc\u2028d\u0000e')).toBe('a b  c d e');
  });

  it('wraps comment text at the width, continuing with its own prefix', () => {
    expect(pyCommentLines('one two three four', '#  - ', '#    ', 14)).toEqual(['#  - one two', '#    three', '#    four']);
  });

  it('names constants in upper snake case', () => {
    expect(pyConstantName('negative_slope')).toBe('NEGATIVE_SLOPE');
  });

  it('indents lines but leaves blank lines empty', () => {
    expect(indent(['a', '', 'b'], 4)).toEqual(['    a', '', '    b']);
  });
});
