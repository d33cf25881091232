// The mean-field theory drawn over a phase diagram: the order-to-chaos σ_w² and 6 ξ_c across the grid's σ_w² span,
// from the length and correlation maps (mean-field.ts) at the base's σ_b² (bias²).
import { TRAINABLE_DEPTHS, phaseSigmaB2, type PhaseSpec } from '../contract/phase-diagram';
import { correlationDepth, criticalSigmaW2, meanField } from './mean-field';

/** The theory over the diagram: the order-to-chaos σ_w², and 6 ξ_c at each of `samples` σ_w² across the grid's span. */
export interface PhaseTheory {
  sigmaB2: number;
  criticalSigmaW2: number;
  /** 6 ξ_c (Infinity at the critical line). */
  curve: { sigmaW2: number; depth: number }[];
}

/** The mean-field lines for a diagram's span, from the length and correlation maps at the base's σ_b². */
export function phaseTheory(spec: PhaseSpec, samples = 31): PhaseTheory {
  const sigmaB2 = phaseSigmaB2(spec);
  const lo = Math.min(...spec.sigmaW2);
  const hi = Math.max(...spec.sigmaW2);
  const curve: { sigmaW2: number; depth: number }[] = [];
  for (let i = 0; i < samples; i++) {
    const s = samples === 1 ? lo : lo + ((hi - lo) * i) / (samples - 1);
    const mf = meanField({ sigmaW2: s, sigmaB2, activation: 'tanh' });
    curve.push({ sigmaW2: s, depth: TRAINABLE_DEPTHS * correlationDepth(mf.chiC) });
  }
  return { sigmaB2, criticalSigmaW2: criticalSigmaW2(sigmaB2, 'tanh'), curve };
}
