import { describe, expect, it } from 'vitest';
import { cloneParams, paramsFinite } from '../../../shared/engine/train/params';
import type { Params } from '../../../shared/engine/types';

const params = (w: number[], b: number[]): Params => ({ dims: [2, 1], W: [Float64Array.from(w)], b: [Float64Array.from(b)] });

describe('cloneParams', () => {
  it('copies every array, so changing the copy leaves the original alone', () => {
    const p = params([1, 2], [3]);
    const c = cloneParams(p);
    c.W[0][0] = 9;
    c.b[0][0] = 9;
    c.dims[0] = 9;
    expect(p).toEqual(params([1, 2], [3]));
    expect(c.W[0]).toEqual(Float64Array.from([9, 2]));
  });
});

describe('paramsFinite', () => {
  it('accepts finite values, the largest double included', () => {
    expect(paramsFinite(params([Number.MAX_VALUE, -0], [-Number.MAX_VALUE]))).toBe(true);
  });

  it('refuses a single infinite or NaN weight or bias', () => {
    for (const bad of [Infinity, -Infinity, NaN]) {
      expect(paramsFinite(params([0, bad], [0]))).toBe(false);
      expect(paramsFinite(params([0, 0], [bad]))).toBe(false);
    }
  });
});
