import { describe, expect, it } from 'vitest';
import { INITIALIZERS, INITIALIZER_NAMES, isInitializerName } from '../../../shared/engine/init/registry';
import { forbiddenRng, testRng } from './helpers';

describe('INITIALIZERS', () => {
  it('holds the whole catalogue under snake_case names', () => {
    expect(INITIALIZER_NAMES).toEqual([
      'zeros', 'constant', 'uniform', 'normal', 'truncated_normal', 'scaled_normal', 'random', 'xavier_normal',
      'xavier_uniform', 'glorot_standard', 'he_normal', 'he_uniform', 'he', 'lecun_normal', 'lecun_uniform', 'orthogonal', 'identity',
      'sparse', 'lsuv',
    ]);
    for (const name of INITIALIZER_NAMES) expect(name).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it('describes every entry with a label, a formula and parameters whose defaults match', () => {
    for (const init of Object.values(INITIALIZERS)) {
      expect(init.label.length).toBeGreaterThan(0);
      expect(init.formula).toMatch(/^W /);
      expect(init.description.length).toBeGreaterThan(0);
      expect(init.defaults).toEqual(Object.fromEntries(init.parameters.map((p) => [p.name, p.default])));
      for (const p of init.parameters) expect(p.description.length).toBeGreaterThan(0);
    }
  });

  it('returns a finite rows × cols matrix from every entry', () => {
    for (const init of Object.values(INITIALIZERS)) {
      const rng = init.random ? testRng(2) : forbiddenRng();
      const w = init.sample({ rows: 7, cols: 4, fanIn: 4, fanOut: 7, rng, params: {}, activation: 'relu', layer: 1 });
      expect(w).toBeInstanceOf(Float64Array);
      expect(w.length).toBe(28);
      expect(w.every(Number.isFinite)).toBe(true);
    }
  });

  it('marks only lsuv as data-dependent and the course shorthands as aliases', () => {
    expect(INITIALIZER_NAMES.filter((n) => INITIALIZERS[n].dataDependent)).toEqual(['lsuv']);
    expect(INITIALIZERS.random.aliasOf).toBe('scaled_normal');
    expect(INITIALIZERS.he.aliasOf).toBe('he_normal');
  });
});

describe('isInitializerName', () => {
  it('accepts registry names only', () => {
    expect(isInitializerName('he')).toBe(true);
    expect(isInitializerName('toString')).toBe(false);
    expect(isInitializerName('kaiming')).toBe(false);
  });
});
