// The theory lines drawn over a phase diagram: the order-to-chaos σ_w² and 6 ξ_c.
import { describe, expect, it } from 'vitest';
import { RunConfigSchema } from '../../shared/contract/config';
import { DEFAULT_PHASE, PhaseSpecSchema, TRAINABLE_DEPTHS } from '../../shared/contract/phase-diagram';
import { correlationDepth, criticalSigmaW2, meanField } from '../../shared/stats/mean-field';
import { phaseTheory } from '../../shared/stats/phase-theory';

const spec = (bias = 0) =>
  PhaseSpecSchema.parse({ kind: 'phase_diagram', ...DEFAULT_PHASE, base: RunConfigSchema.parse({ ...DEFAULT_PHASE.base, init: { name: 'lecun_normal', bias } }) });

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
