import { describe, expect, it } from 'vitest';
import { transferablesOf } from '../../shared/contract/worker-messages';

describe('transferablesOf', () => {
  it('collects each whole typed-array buffer once', () => {
    const a = new Float64Array(4);
    const b = new Float32Array(2);
    const list = transferablesOf({ x: a, y: [b, { z: a }], n: 1, s: 'k' });
    expect(list).toEqual([a.buffer, b.buffer]);
  });

  it('leaves out a view onto part of a larger buffer', () => {
    const big = new Float64Array(8);
    expect(transferablesOf({ v: big.subarray(2, 4) })).toEqual([]);
  });
});
