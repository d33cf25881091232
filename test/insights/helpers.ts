// Checkpoints and runs shaped for the insight rules: per-layer profiles written out, everything else neutral.
import type { Checkpoint, LayerStats } from '../../shared/engine/types';
import type { InsightInput } from '../../shared/insights';

/** One layer's statistics with healthy defaults, overridden where given. */
export function layer(l: number, over: Partial<LayerStats> = {}): LayerStats {
  return {
    layer: l, wMean: 0, wStd: 0.3, zMean: 0, zStd: 1, aMean: 0, aStd: 0.6, dwMean: 0, dwStd: 0.01, dzStd: 0.01, daStd: 0.01,
    deadFraction: 0.5, saturatedFraction: 0, symmetry: 0.9, ...over,
  };
}

/** A checkpoint whose hidden layers take zStd from `z` and daStd from `da` (same length), plus a healthy output layer. */
export function checkpoint(iteration: number, z: number[], da: number[] = z.map(() => 0.01), trainAccuracy = 0.9, over: Partial<LayerStats> = {}, out: Partial<LayerStats> = {}): Checkpoint {
  const layers = z.map((v, i) => layer(i + 1, { zStd: v, daStd: da[i], ...over }));
  layers.push(layer(z.length + 1, { daStd: 0.01, deadFraction: 0, ...out }));
  return { iteration, cost: 0.5, trainAccuracy, testAccuracy: trainAccuracy, layers, boundary: null };
}

/** A finished tanh run of these checkpoints with finite costs. */
export function run(checkpoints: Checkpoint[], over: Partial<InsightInput> = {}): InsightInput {
  const hidden = checkpoints[0].layers.length - 1;
  return {
    status: 'done',
    costs: [{ iteration: 0, cost: 0.69 }, { iteration: 100, cost: 0.3 }],
    checkpoints,
    divergedAt: null,
    activation: 'tanh',
    dims: [2, ...Array(hidden).fill(8), 1],
    ...over,
  };
}

/** Geometric profile v0 · f^l for l = 0..n−1. */
export function geometric(v0: number, f: number, n: number): number[] {
  return Array.from({ length: n }, (_, l) => v0 * f ** l);
}
