// The phase diagram's cells and theory lines.
import { describe, expect, it } from 'vitest';
import { RunConfigSchema } from '../../shared/contract/config';
import { DEFAULT_PHASE, parsePhaseSpec, phaseCellConfig, phaseTheory, PhaseSpecSchema, TRAINABLE_DEPTHS } from '../../shared/contract/phase-diagram';
import { correlationDepth, criticalSigmaW2, meanField } from '../../shared/stats/mean-field';

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

describe('phaseTheory', () => {
  it('puts the order-to-chaos line at σ_w² = 1 for tanh without bias', () => {
    expect(phaseTheory(spec()).criticalSigmaW2).toBeCloseTo(1, 6);
  });

  it('takes σ_b² as the bias constant squared and moves the critical line with it', () => {
    const t = phaseTheory(spec(Math.sqrt(0.05)), 2);
    expect(t.sigmaB2).toBeCloseTo(0.05, 15);
    expect(t.criticalSigmaW2).toBe(criticalSigmaW2(t.sigmaB2, 'tanh'));
    // Schoenholz et al. (2017), figure 1: about 1.76 at σ_b² = 0.05.
    expect(t.criticalSigmaW2).toBeCloseTo(1.76, 2);
  });

  it('draws 6 ξ_c from the correlation map at each sampled σ_w², shrinking away from the critical line', () => {
    const t = phaseTheory(spec(), 13);
    expect(t.curve.map((p) => p.sigmaW2)).toEqual(DEFAULT_PHASE.sigmaW2);
    const at = t.curve[4];
    expect(at.depth).toBe(TRAINABLE_DEPTHS * correlationDepth(meanField({ sigmaW2: at.sigmaW2, sigmaB2: 0, activation: 'tanh' }).chiC));
    const finite = t.curve.filter((p) => Number.isFinite(p.depth)).map((p) => p.depth);
    for (let i = 1; i < finite.length; i++) expect(finite[i]).toBeLessThan(finite[i - 1]);
  });
});

describe('parsePhaseSpec', () => {
  it('names the field of a bad description', () => {
    const r = parsePhaseSpec({ ...spec(), depths: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^depths/);
  });
});
