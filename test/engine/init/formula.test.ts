import { describe, expect, it } from 'vitest';
import { formulaWithMultiplier } from '../../../shared/engine/init/formula';
import { INITIALIZERS } from '../../../shared/engine/init/registry';

describe('formulaWithMultiplier', () => {
  it('writes the multiplier in front of the right-hand side of an equation', () => {
    expect(formulaWithMultiplier(INITIALIZERS.he.formula, 2)).toBe('W = 2 × randn · √(2/fan_in)');
  });

  it('writes it in front of the distribution of a draw', () => {
    expect(formulaWithMultiplier(INITIALIZERS.lecun_normal.formula, 0.5)).toBe('W ~ 0.5 × N(0, 1/fan_in)');
  });

  it('leaves the formula as it is at 1, without a multiplier and when there is no formula', () => {
    expect(formulaWithMultiplier(INITIALIZERS.he_uniform.formula, 1)).toBe(INITIALIZERS.he_uniform.formula);
    expect(formulaWithMultiplier(INITIALIZERS.he_uniform.formula, undefined)).toBe(INITIALIZERS.he_uniform.formula);
    expect(formulaWithMultiplier('', 3)).toBe('');
  });

  it('takes a symbol for a multiplier still to be chosen', () => {
    expect(formulaWithMultiplier(INITIALIZERS.xavier_normal.formula, 's')).toBe('W ~ s × N(0, gain² · 2/(fan_in + fan_out))');
  });

  it('puts a formula of another shape in brackets', () => {
    expect(formulaWithMultiplier('Q · R', 3)).toBe('3 × (Q · R)');
  });
});
