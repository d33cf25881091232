import { describe, expect, it } from 'vitest';
import { COURSE_EXPERIMENT, COURSE_PRESET, RunConfigSchema, expandExperiment, type RunConfig } from '../../shared/contract/config';
import { configDiff, sameValue } from '../../shared/export/config-diff';

const config = (input: Record<string, unknown>): RunConfig => RunConfigSchema.parse({ ...COURSE_PRESET, ...input });

describe('configDiff', () => {
  it("lists only the initializer fields across the course's three arms", () => {
    expect(configDiff(expandExperiment(COURSE_EXPERIMENT))).toEqual([
      { path: 'init.name', values: ['zeros', 'random', 'he'] },
      { path: 'init.params.scale', values: [undefined, 10, undefined] },
      { path: 'init.params.mode', values: [undefined, undefined, 'fan_in'] },
      { path: 'init.params.negative_slope', values: [undefined, undefined, 0] },
    ]);
  });

  it('finds nothing across identical configs', () => {
    expect(configDiff([COURSE_PRESET, structuredClone(COURSE_PRESET), structuredClone(COURSE_PRESET)])).toEqual([]);
  });

  it('finds nothing in fewer than two configs', () => {
    expect(configDiff([])).toEqual([]);
    expect(configDiff([COURSE_PRESET])).toEqual([]);
  });

  it('treats a parameter left at its default as equal to one set to the default', () => {
    const a = config({ init: { name: 'he_normal' }, network: { dims: [2, 10, 5, 1], activation: 'leaky_relu' } });
    const b = config({ init: { name: 'he_normal', params: { mode: 'fan_in' } }, network: { dims: [2, 10, 5, 1], activation: 'leaky_relu', activationParams: { slope: 0.01 } } });
    expect(configDiff([a, b])).toEqual([]);
  });

  it('shows a parameter set away from its default', () => {
    const a = config({ init: { name: 'he_normal' } });
    const b = config({ init: { name: 'he_normal', params: { mode: 'fan_out' } } });
    expect(configDiff([a, b])).toEqual([{ path: 'init.params.mode', values: ['fan_in', 'fan_out'] }]);
  });

  it('shows a weight multiplier against an arm without one as 1', () => {
    const a = config({ init: { name: 'he_normal' } });
    const b = config({ init: { name: 'he_normal', multiplier: 2 } });
    expect(configDiff([a, b])).toEqual([{ path: 'init.multiplier', values: [1, 2] }]);
  });

  it('compares arrays whole, under one path', () => {
    const a = config({ network: { dims: [2, 10, 5, 1] } });
    const b = config({ network: { dims: [2, 20, 1] } });
    expect(configDiff([a, b])).toEqual([{ path: 'network.dims', values: [[2, 10, 5, 1], [2, 20, 1]] }]);
  });

  it('lists fields in the order the config writes them, seeds and optimizer included', () => {
    const a = config({ initSeed: 1, optimizer: { name: 'adam', lr: 0.001 } });
    const b = config({ initSeed: 2, optimizer: { name: 'gd', lr: 0.01 } });
    expect(configDiff([a, b]).map((d) => d.path)).toEqual(['initSeed', 'optimizer.name', 'optimizer.lr']);
  });

  it('marks fields one data set has and another lacks as undefined', () => {
    const a = config({});
    const b = config({ data: { kind: 'moons', nTrain: 200 } });
    const diff = configDiff([a, b]);
    expect(diff[0]).toEqual({ path: 'data.kind', values: ['course-circles', 'moons'] });
    expect(diff.find((d) => d.path === 'data.nTrain')).toEqual({ path: 'data.nTrain', values: [undefined, 200] });
  });
});

describe('sameValue', () => {
  it('compares nested objects and arrays by content', () => {
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
  });

  it('counts NaN equal to NaN', () => {
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
  });
});
