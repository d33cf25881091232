import { describe, expect, it } from 'vitest';
import { zeros } from '../../../shared/engine/init/zeros';
import { forbiddenRng } from './helpers';

describe('zeros', () => {
  it('fills a rows × cols matrix with zeros without drawing', () => {
    const w = zeros.sample({ rows: 3, cols: 4, fanIn: 4, fanOut: 3, rng: forbiddenRng(), params: {}, activation: 'relu', layer: 1 });
    expect(Array.from(w)).toEqual(new Array(12).fill(0));
  });
});
