import { describe, expect, it } from 'vitest';
import { checkSample, StatsInputError } from '../../shared/stats/validate';

describe('checkSample', () => {
  it('rejects an empty sample, naming it', () => {
    expect(() => checkSample([], 'a')).toThrow(/sample a is empty/);
  });

  it('rejects NaN under both rules, naming the index', () => {
    expect(() => checkSample([1, NaN], 'b', 'no-nan')).toThrow(/sample b holds NaN at index 1/);
    expect(() => checkSample([NaN], 'b')).toThrow(StatsInputError);
  });

  it('accepts ±Infinity only under the no-nan rule', () => {
    expect(() => checkSample([-Infinity, 1], 'a', 'no-nan')).not.toThrow();
    expect(() => checkSample([-Infinity, 1], 'a')).toThrow(/index 0/);
  });
});
