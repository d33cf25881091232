import { describe, expect, it } from 'vitest';
import { COURSE_PRESET, RunConfigSchema } from '../../shared/contract/config';
import { configFields, formatConfigValue } from '../../shared/export/config-fields';

describe('configFields', () => {
  it("lists the course preset's leaves with the He defaults filled in", () => {
    const fields = new Map(configFields(COURSE_PRESET).map((f) => [f.path, f.value]));
    expect(fields.get('network.dims')).toEqual([2, 10, 5, 1]);
    expect(fields.get('init.name')).toBe('he');
    expect(fields.get('init.params.mode')).toBe('fan_in');
    expect(fields.get('initSeed')).toBe(3);
    expect(fields.get('optimizer.lr')).toBe(0.01);
    expect(fields.has('init.params')).toBe(false);
  });

  it('fills in the activation parameters', () => {
    const c = RunConfigSchema.parse({ ...COURSE_PRESET, network: { dims: [2, 4, 1], activation: 'leaky_relu' } });
    expect(configFields(c).find((f) => f.path === 'network.activationParams.slope')?.value).toBe(0.01);
  });

  it('lists the weight multiplier, 1 where the config has none', () => {
    const multiplier = (c: typeof COURSE_PRESET) => configFields(c).find((f) => f.path === 'init.multiplier')?.value;
    expect(multiplier(COURSE_PRESET)).toBe(1);
    expect(multiplier(RunConfigSchema.parse({ ...COURSE_PRESET, init: { name: 'he', multiplier: 0.5 } }))).toBe(0.5);
  });

  it('leaves the config it is given untouched', () => {
    const c = structuredClone(COURSE_PRESET);
    configFields(c);
    expect(c).toEqual(COURSE_PRESET);
  });
});

describe('formatConfigValue', () => {
  it('writes numbers exactly and non-finite ones as symbols', () => {
    expect([0.1, 1e-8, Infinity, -Infinity, Number.NaN].map(formatConfigValue)).toEqual(['0.1', '1e-8', '∞', '−∞', 'NaN']);
  });

  it('writes short arrays in full and long or nested ones by their size', () => {
    expect(formatConfigValue([2, 10, 5, 1])).toBe('[2, 10, 5, 1]');
    expect(formatConfigValue(Array.from({ length: 300 }, () => 0))).toBe('300 values');
    expect(formatConfigValue([[1, 2], [3, 4]])).toBe('2 × 2 values');
  });

  it('writes a missing value as a dash', () => {
    expect(formatConfigValue(undefined)).toBe('—');
    expect(formatConfigValue(null)).toBe('null');
  });
});
