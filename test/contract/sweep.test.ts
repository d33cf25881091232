import { describe, expect, it } from 'vitest';
import { RunConfigSchema } from '../../shared/contract/config';
import { cellConfig, parseSweepSpec, scaleParamOf, type SweepSpec } from '../../shared/contract/sweep';
import { INITIALIZER_NAMES } from '../../shared/engine/init';

const base = RunConfigSchema.parse({ data: { kind: 'moons', seed: 4 }, init: { name: 'he_normal', params: { mode: 'fan_out' } } });

describe('scale sweeps', () => {
  it('scale the weight multiplier of every family, from 1 when the base has none', () => {
    expect(scaleParamOf(base.init)).toEqual({ ok: true, value: { param: 'multiplier', baseValue: 1 } });
    expect(scaleParamOf({ name: 'lecun_uniform', params: {}, bias: 0 })).toEqual({ ok: true, value: { param: 'multiplier', baseValue: 1 } });
    expect(scaleParamOf({ name: 'xavier_normal', params: { gain: 2 }, bias: 0 })).toEqual({ ok: true, value: { param: 'multiplier', baseValue: 1 } });
  });

  it('scale from the base multiplier when it has one', () => {
    expect(scaleParamOf({ name: 'he', params: {}, bias: 0, multiplier: 0.5 })).toEqual({ ok: true, value: { param: 'multiplier', baseValue: 0.5 } });
  });

  it('take every initializer but zeros and lsuv', () => {
    expect(INITIALIZER_NAMES.filter((name) => !scaleParamOf({ name, params: {}, bias: 0 }).ok)).toEqual(['zeros', 'lsuv']);
  });

  it('explain why zeros and lsuv cannot be swept, and name the ones that can', () => {
    const zeros = scaleParamOf({ name: 'zeros', params: {}, bias: 0 });
    expect(zeros.ok === false && zeros.error.message).toBe(
      'base.init.name: zeros cannot be swept (every multiple of its weights is 0); every initializer but zeros and lsuv can',
    );
    const lsuv = scaleParamOf({ name: 'lsuv', params: {}, bias: 0 });
    expect(lsuv.ok === false && lsuv.error.message).toMatch(/^base\.init\.name: lsuv cannot be swept \(lsuv scales its weights to unit variance on the data\)/);
  });

  it('make a cell config with the multiplier scaled and the seed, keeping the data seed unless asked', () => {
    const spec: SweepSpec = { kind: 'scale_sweep', base, param: 'multiplier', baseValue: 1, scales: [0.25, 4], seeds: [7], varyDataSeed: false };
    const cell = cellConfig(spec, 4, 7);
    expect([cell.init, cell.initSeed, cell.data.kind === 'moons' && cell.data.seed]).toEqual([
      { name: 'he_normal', params: { mode: 'fan_out' }, bias: 0, multiplier: 4 },
      7,
      4,
    ]);
    const varied = cellConfig({ ...spec, varyDataSeed: true }, 0.25, 7);
    expect([varied.init.multiplier, varied.data.kind === 'moons' && varied.data.seed]).toEqual([0.25, 7]);
    expect(base.init.multiplier).toBeUndefined();
  });

  it('write no multiplier in the cell at scale 1, as the config schema stores it', () => {
    const spec: SweepSpec = { kind: 'scale_sweep', base, param: 'multiplier', baseValue: 1, scales: [1], seeds: [1], varyDataSeed: false };
    const cell = cellConfig(spec, 1, 1);
    expect(cell.init).toEqual(base.init);
    expect(RunConfigSchema.parse(cell)).toEqual(cell);
  });

  it('multiply a base multiplier by the scale', () => {
    const spec: SweepSpec = { kind: 'scale_sweep', base: { ...base, init: { ...base.init, multiplier: 0.5 } }, param: 'multiplier', baseValue: 0.5, scales: [2, 3], seeds: [1], varyDataSeed: false };
    expect([cellConfig(spec, 2, 1).init.multiplier, cellConfig(spec, 3, 1).init.multiplier]).toEqual([undefined, 1.5]);
  });

  it('still read and scale a sweep stored before the multiplier, which named an initializer parameter', () => {
    const xavier = RunConfigSchema.parse({ data: { kind: 'moons', seed: 4 }, init: { name: 'xavier_normal', params: { gain: 2 } } });
    const stored = JSON.parse(JSON.stringify({ kind: 'scale_sweep', base: xavier, param: 'gain', baseValue: 2, scales: [0.5, 3], seeds: [7], varyDataSeed: false }));
    const spec = parseSweepSpec(stored);
    expect(spec.ok).toBe(true);
    if (!spec.ok) return;
    expect(cellConfig(spec.value, 3, 7).init).toEqual({ name: 'xavier_normal', params: { gain: 6 }, bias: 0 });
  });

  it('validates a stored sweep description', () => {
    expect(parseSweepSpec({ kind: 'scale_sweep', base, param: 'multiplier', baseValue: 1, scales: [], seeds: [1], varyDataSeed: false }).ok).toBe(false);
  });
});
