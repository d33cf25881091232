import { describe, expect, it } from 'vitest';
import { constant } from '../../../shared/engine/init/constant';
import { forbiddenRng } from './helpers';

describe('constant', () => {
  it('fills every weight with the given value without drawing', () => {
    const w = constant.sample({ rows: 2, cols: 5, fanIn: 5, fanOut: 2, rng: forbiddenRng(), params: { value: -0.25 }, activation: 'relu', layer: 1 });
    expect(Array.from(w)).toEqual(new Array(10).fill(-0.25));
  });

  it('uses 0.1 when no value is given', () => {
    expect(constant.defaults.value).toBe(0.1);
  });
});
