import { describe, expect, it } from 'vitest';
import { accuracy, predictLabels } from '../../../shared/engine/record/accuracy';

describe('predictions', () => {
  it('predict 1 only where the probability is strictly above 0.5', () => {
    expect([...predictLabels(Float64Array.from([0.5, 0.5000000000000001, 0.2, 1]), 4)]).toEqual([0, 1, 0, 1]);
  });

  it('score the share of labels predicted right', () => {
    expect(accuracy(Float64Array.from([0.9, 0.1, 0.6, 0.5]), Float64Array.from([1, 0, 0, 1]), 4)).toBe(0.5);
  });

  it('count a NaN probability as predicting 0', () => {
    expect(accuracy(Float64Array.from([NaN, NaN]), Float64Array.from([0, 1]), 2)).toBe(0.5);
  });
});
