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

describe('toJson layout', () => {
  it('writes a flat object on one line inside an indented document', () => {
    const text = toJson({ runs: [{ init: 'he', costs: [{ iteration: 0, cost: 0.5 }] }] });
    expect(text).toBe('{\n  "runs": [\n    {\n      "init": "he",\n      "costs": [\n        { "iteration": 0, "cost": 0.5 }\n      ]\n    }\n  ]\n}');
  });

  it('writes compact JSON identical to JSON.stringify when the indent is 0', () => {
    const v = { a: [1, { b: 'x{' }], c: null, d: { e: [] } };
    expect(toJson(v, 0)).toBe(JSON.stringify(v));
  });
});

describe('toJson typed arrays', () => {
  it('writes a Float64Array as an array of its numbers, non-finite ones as strings', () => {
    expect(JSON.parse(toJson({ w: new Float64Array([0.5, -Infinity]) }))).toEqual({ w: [0.5, '-Infinity'] });
  });
});
