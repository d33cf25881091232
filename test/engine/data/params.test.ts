import { describe, expect, it } from 'vitest';
import { resolveDataParams } from '../../../shared/engine/data/params';
import { DATASET_NAMES } from '../../../shared/engine/data/registry';

describe('resolveDataParams', () => {
  it('fills in the defaults', () => {
    expect(resolveDataParams('circles')).toEqual({ factor: 0.8 });
    expect(resolveDataParams('moons')).toEqual({});
  });

  it('takes numbers and numeric text', () => {
    expect(resolveDataParams('spiral', { turns: 2 })).toEqual({ turns: 2 });
    expect(resolveDataParams('blobs', { spread: '0.3' })).toEqual({ spread: 0.3 });
  });

  it('lists the data sets for an unknown name', () => {
    expect(() => resolveDataParams('iris')).toThrow(`unknown data set "iris"; accepted: ${DATASET_NAMES.join(', ')}`);
  });

  it('lists the settings for an unknown setting', () => {
    expect(() => resolveDataParams('circles', { radius: 1 })).toThrow('unknown setting "radius" for circles; accepted: factor');
    expect(() => resolveDataParams('moons', { factor: 1 })).toThrow('unknown setting "factor" for moons; accepted: none');
  });

  it('refuses a value outside the range', () => {
    expect(() => resolveDataParams('circles', { factor: 2 })).toThrow('bad value "2" for circles.factor: expected a number in [0, 1]');
    expect(() => resolveDataParams('blobs', { spread: 'wide' })).toThrow('bad value "wide" for blobs.spread: expected a number in [0, ∞]');
  });
});
