// The phase diagram's cells (its theory lines: test/stats/phase-theory.test.ts).
import { describe, expect, it } from 'vitest';
import { RunConfigSchema } from '../../shared/contract/config';
import { DEFAULT_PHASE, parsePhaseSpec, phaseCellConfig, PhaseSpecSchema } from '../../shared/contract/phase-diagram';

const spec = (bias = 0) =>
  PhaseSpecSchema.parse({ kind: 'phase_diagram', ...DEFAULT_PHASE, base: RunConfigSchema.parse({ ...DEFAULT_PHASE.base, init: { name: 'lecun_normal', bias } }) });

describe('phaseCellConfig', () => {
  it('builds depth tanh layers of the width with lecun_normal weights times √σ_w² and the seed', () => {
    const c = phaseCellConfig(spec(), 2.25, 3, 7);
    expect(c.network.dims).toEqual([784, 16, 16, 16, 10]);
    expect(c.network.activation).toBe('tanh');
    expect(c.init).toEqual({ name: 'lecun_normal', params: {}, bias: 0, multiplier: 1.5 });
    expect(c.initSeed).toBe(7);
    expect(RunConfigSchema.safeParse(c).success).toBe(true);
  });

  it('trains the default grid briefly on the built-in MNIST digits: 784 inputs, 10 softmax outputs, 300 SGD steps', () => {
    const c = phaseCellConfig(spec(), 1, 2, 1);
    expect(c.data).toEqual({ kind: 'mnist' });
    expect([c.network.dims[0], c.network.dims[c.network.dims.length - 1]]).toEqual([784, 10]);
    expect([c.optimizer.name, c.optimizer.batchSize, c.iterations]).toEqual(['sgd', 32, 300]);
    expect(DEFAULT_PHASE.sigmaW2.length * DEFAULT_PHASE.depths.length * DEFAULT_PHASE.seeds.length).toBe(234);
  });

  it('writes no multiplier at σ_w² = 1, as the config schema stores it', () => {
    expect(phaseCellConfig(spec(), 1, 2, 1).init).toEqual({ name: 'lecun_normal', params: {}, bias: 0 });
  });
});

describe('parsePhaseSpec', () => {
  it('names the field of a bad description', () => {
    const r = parsePhaseSpec({ ...spec(), depths: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^depths/);
  });
});
