import { describe, expect, it } from 'vitest';
import { RunConfigSchema } from '../../shared/contract/config';
import { cellConfig, parseSweepSpec, scaleParamOf, type SweepSpec } from '../../shared/contract/sweep';

const base = RunConfigSchema.parse({ data: { kind: 'moons', seed: 4 }, init: { name: 'xavier_normal', params: { gain: 2 } } });

describe('scale sweeps', () => {
  it('scales the gain of initializers that have one, from its given value', () => {
    expect(scaleParamOf(base.init)).toEqual({ ok: true, value: { param: 'gain', baseValue: 2 } });
  });

  it('scales from the registry default when the parameter is not given', () => {
    expect(scaleParamOf({ name: 'scaled_normal', params: {}, bias: 0 })).toEqual({ ok: true, value: { param: 'scale', baseValue: 0.01 } });
    expect(scaleParamOf({ name: 'normal', params: {}, bias: 0 })).toEqual({ ok: true, value: { param: 'std', baseValue: 0.05 } });
  });

  it('explains why an initializer without a scaling parameter cannot be swept', () => {
    const r = scaleParamOf({ name: 'he_normal', params: {}, bias: 0 });
    expect(r.ok === false && r.error.message).toMatch(/^base\.init\.name: he_normal has no parameter that scales its weights/);
  });

  it('makes a cell config with the scaled parameter and the seed, keeping the data seed unless asked', () => {
    const spec: SweepSpec = { kind: 'scale_sweep', base, param: 'gain', baseValue: 2, scales: [0.5, 3], seeds: [7], varyDataSeed: false };
    const cell = cellConfig(spec, 3, 7);
    expect([cell.init.params.gain, cell.initSeed, cell.data.kind === 'moons' && cell.data.seed]).toEqual([6, 7, 4]);
    const varied = cellConfig({ ...spec, varyDataSeed: true }, 0.5, 7);
    expect([varied.init.params.gain, varied.data.kind === 'moons' && varied.data.seed]).toEqual([1, 7]);
    expect(base.init.params.gain).toBe(2);
  });

  it('validates a stored sweep description', () => {
    expect(parseSweepSpec({ kind: 'scale_sweep', base, param: 'gain', baseValue: 2, scales: [], seeds: [1], varyDataSeed: false }).ok).toBe(false);
  });
});
