// cloneData: a deep copy of plain data that shares nothing mutable and keeps key order and special numbers.
import { describe, expect, it } from 'vitest';
import { cloneData } from '../../shared/contract/clone';

describe('cloneData', () => {
  it('copies nested objects, arrays and typed arrays, sharing nothing with the original', () => {
    const a = { z: 1, a: [1, [2, 3]], t: new Float64Array([1, 2]), n: { x: null, u: undefined, s: 'x', v: -0, w: NaN } };
    const b = cloneData(a);
    expect(b).toEqual(a);
    expect(Object.keys(b)).toEqual(['z', 'a', 't', 'n']);
    expect(Object.is(b.n.v, -0)).toBe(true);
    (b.a[1] as number[])[0] = 9;
    b.t[0] = 9;
    b.n.s = 'y';
    expect(a).toEqual({ z: 1, a: [1, [2, 3]], t: new Float64Array([1, 2]), n: { x: null, u: undefined, s: 'x', v: -0, w: NaN } });
  });
});
