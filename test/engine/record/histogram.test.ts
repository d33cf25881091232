import { describe, expect, it } from 'vitest';
import { histogram } from '../../../shared/engine/record/histogram';

describe('histogram', () => {
  it('counts values into equal bins over their range, the maximum in the last bin', () => {
    expect(histogram(Float64Array.from([0, 0.1, 0.5, 0.99, 1]), 2)).toEqual({ min: 0, max: 1, counts: [2, 3] });
  });

  it('ignores non-finite values', () => {
    expect(histogram(Float64Array.from([NaN, 1, Infinity, 3, -Infinity]), 2)).toEqual({ min: 1, max: 3, counts: [1, 1] });
  });

  it('gives a constant array a unit-wide range', () => {
    expect(histogram(new Float64Array(4), 4)).toEqual({ min: 0, max: 1, counts: [4, 0, 0, 0] });
  });

  it('gives empty counts when no value is finite', () => {
    expect(histogram(Float64Array.from([NaN]), 3)).toEqual({ min: 0, max: 0, counts: [0, 0, 0] });
  });
});
