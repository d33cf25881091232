// Mini-batches: each epoch's batches hold every training sample once, in the order of a permutation drawn from the
// stream, with each sample's own label.
import { describe, expect, it } from 'vitest';
import { createRng, shuffleInPlace } from '../../../shared/engine/rng';
import { createBatcher } from '../../../shared/engine/train/batches';

describe('createBatcher', () => {
  it('cuts each epoch’s permutation into batches of the size, the last holding what is left', () => {
    const n = 23;
    const y = Float64Array.from({ length: n }, (_, j) => (j * 5) % 3);
    const next = createBatcher(y, n, 10, createRng('numpy', 4));
    const stream = createRng('numpy', 4);
    for (let epoch = 0; epoch < 3; epoch++) {
      const order = Array.from({ length: n }, (_, j) => j);
      shuffleInPlace(stream, order);
      for (const [from, m] of [[0, 10], [10, 10], [20, 3]]) {
        const batch = next();
        expect(batch.m).toBe(m);
        expect(Array.from(batch.samples.subarray(0, m))).toEqual(order.slice(from, from + m));
        expect(Array.from(batch.y.subarray(0, m))).toEqual(order.slice(from, from + m).map((s) => y[s]));
      }
    }
  });
});
