import { describe, expect, it } from 'vitest';
import { toJson } from '../../../../electron/cli/format/json';

describe('toJson', () => {
  it('writes non-finite numbers as the strings Infinity, -Infinity and NaN', () => {
    const text = toJson({ a: Infinity, b: -Infinity, c: NaN, d: [1, Infinity] }, 0);
    expect(JSON.parse(text)).toEqual({ a: 'Infinity', b: '-Infinity', c: 'NaN', d: [1, 'Infinity'] });
  });

  it('keeps finite numbers bit for bit through a parse', () => {
    const xs = [0.8830537463419761, 0.6931471805599453, 1e-300, -2.5e-17, 0.9933333333333333];
    expect(JSON.parse(toJson(xs))).toEqual(xs);
  });
});
