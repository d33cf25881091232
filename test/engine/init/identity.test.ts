import { describe, expect, it } from 'vitest';
import { identity } from '../../../shared/engine/init/identity';
import { forbiddenRng } from './helpers';

const layer = (rows: number, cols: number, gain = 1) =>
  Array.from(identity.sample({ rows, cols, fanIn: cols, fanOut: rows, rng: forbiddenRng(), params: { gain }, activation: 'relu', layer: 1 }));

describe('identity', () => {
  it('is the identity times the gain for a square matrix', () => {
    expect(layer(3, 3, 2)).toEqual([2, 0, 0, 0, 2, 0, 0, 0, 2]);
  });

  it('puts ones where row = column in a wide matrix', () => {
    expect(layer(2, 3)).toEqual([1, 0, 0, 0, 1, 0]);
  });

  it('puts ones where row = column in a tall matrix', () => {
    expect(layer(3, 2)).toEqual([1, 0, 0, 1, 0, 0]);
  });
});
