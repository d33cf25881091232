// The mean-field phase diagram as a sweep: tanh MLPs over σ_w² × depth × seeds, each cell a run. The theory drawn
// over it (the order-to-chaos σ_w² and 6 ξ_c) is computed by shared/stats/phase-theory.ts, not here.
import { z } from 'zod';
import { RunConfigSchema, type RunConfig } from './config';
import { parseWith, type Result } from './errors';
import { cloneData } from './clone';

/** Depth a trained net can have, in layers of ξ_c (Schoenholz et al. 2017: trainable up to about 6 ξ_c). */
export const TRAINABLE_DEPTHS = 6;

/** A phase diagram's description (stored as its experiment's config, beside scale sweeps). */
export const PhaseSpecSchema = z.strictObject({
  kind: z.literal('phase_diagram'),
  /** Data, optimizer, iterations, recording and the bias constant; the network and weights come from the cell. */
  base: RunConfigSchema,
  /** Hidden units per layer. */
  width: z.number().int().min(1).max(512),
  sigmaW2: z.array(z.number().positive().finite()).min(1).max(100),
  depths: z.array(z.number().int().min(1).max(500)).min(1).max(100),
  seeds: z.array(z.number().int().min(0)).min(1).max(100),
});

/** A validated phase diagram description. */
export type PhaseSpec = z.output<typeof PhaseSpecSchema>;

/** Validates a stored phase diagram description. */
export function parsePhaseSpec(raw: unknown): Result<PhaseSpec> {
  return parseWith(PhaseSpecSchema, raw, '');
}

/**
 * One cell's run: `depth` tanh hidden layers of `width` units, weights N(0, σ_w²/fan_in) (lecun_normal × √σ_w²),
 * the base's constant bias, seeded by the cell's seed.
 */
export function phaseCellConfig(spec: PhaseSpec, sigmaW2: number, depth: number, seed: number): RunConfig {
  const base = cloneData(spec.base);
  const inputs = base.network.dims[0];
  const outputs = base.network.dims[base.network.dims.length - 1];
  const multiplier = Math.sqrt(sigmaW2);
  return {
    ...base,
    network: { ...base.network, activation: 'tanh', activationParams: {}, dims: [inputs, ...Array<number>(depth).fill(spec.width), outputs] },
    init: { name: 'lecun_normal', params: {}, bias: base.init.bias, ...(multiplier === 1 ? {} : { multiplier }) },
    initSeed: seed,
  };
}

/** σ_b² of the diagram: the base's constant bias squared (every unit gets the same bias). */
export function phaseSigmaB2(spec: PhaseSpec): number {
  return spec.base.init.bias * spec.base.init.bias;
}

/**
 * The grid's default: σ_w² 1.0–4.0 by 0.25 × depths 2–60 × 2 seeds (234 runs), width 16, trained briefly on a real data
 * set — the built-in MNIST digits (784 inputs, 10 softmax outputs; 8,000 train, 2,000 test) — with 300 SGD steps of
 * 32. A cell that trains reaches ~86% test accuracy (depth 2); one that does not stays at chance (10%).
 */
export const DEFAULT_PHASE = {
  width: 16,
  sigmaW2: Array.from({ length: 13 }, (_, i) => 1 + 0.25 * i),
  depths: [2, 5, 10, 15, 20, 30, 40, 50, 60],
  seeds: [1, 2],
  base: {
    data: { kind: 'mnist' },
    network: { dims: [784, 16, 10], activation: 'tanh' },
    init: { name: 'lecun_normal', bias: 0 },
    optimizer: { name: 'sgd', lr: 0.05, batchSize: 32 },
    iterations: 300,
    loss: 'stable',
    record: { costEvery: 10, checkpointEvery: 300, boundaryGrid: 0, layerStats: false, histogramBins: 0 },
  },
} as const;
