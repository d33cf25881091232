// Sample records for store and service tests: small, with the awkward numbers (NaN, ±Infinity, -0) in them.
import type { NewExperiment, NewRun } from '../../../electron/store/run-store';
import { RunConfigSchema } from '../../../shared/contract/config';
import type { Checkpoint, LayerStats, Params } from '../../../shared/engine/types';

/** Layer statistics with every field set from one seed value. */
export function sampleLayer(layer: number, v: number): LayerStats {
  return {
    layer,
    wMean: v,
    wStd: v + 1,
    zMean: -v,
    zStd: NaN,
    aMean: Infinity,
    aStd: v / 3,
    dwMean: -0,
    dwStd: 1e-300,
    dzStd: v * 2,
    daStd: v * 4,
    deadFraction: 0.25,
    saturatedFraction: 0,
    symmetry: 0.5,
  };
}

/** A checkpoint with a 3×3 boundary grid whose probabilities are exact in Float32. */
export function sampleCheckpoint(iteration: number, withBoundary = true): Checkpoint {
  return {
    iteration,
    cost: iteration === 0 ? Infinity : 0.5 / (iteration + 1),
    trainAccuracy: 0.5 + iteration / 1000,
    testAccuracy: 0.25,
    layers: [sampleLayer(1, iteration), sampleLayer(2, iteration + 0.5)],
    boundary: withBoundary
      ? { size: 3, xMin: -1.5, xMax: 2.5, yMin: -1, yMax: 1, probs: new Float64Array([0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1]) }
      : null,
    histograms: [
      withBoundary
        ? { layer: 1, weights: { min: -1, max: 1, counts: [1, 2, 3] }, activations: { min: 0, max: 2, counts: [4, 0, 1] }, gradients: { min: -1e-300, max: 3e-5, counts: [2, 2, 1] } }
        : { layer: 1, weights: { min: -1, max: 1, counts: [1, 2, 3] }, activations: { min: 0, max: 2, counts: [4, 0, 1] } },
    ],
    // the weights and gradient a small net's checkpoint keeps (every bit must survive); a checkpoint without a boundary goes without them
    ...(withBoundary ? { params: { W: [new Float64Array([0.1, -0, 5e-324, Math.PI])], dW: [new Float64Array([1e-300, -2.5, NaN, Infinity])] } } : {}),
  };
}

/** Parameters of a [2,3,1] net with values that need every bit of a double. */
export function sampleParams(shift = 0): Params {
  return {
    dims: [2, 3, 1],
    W: [new Float64Array([0.1 + shift, Math.PI, -Math.E, 1 / 3, -0, 5e-324]), new Float64Array([Math.SQRT2, 7, -8])],
    b: [new Float64Array([0, 1e-17, -2]), new Float64Array([0.3])],
  };
}

/** An experiment row. */
export function sampleExperiment(id: string, overrides: Partial<NewExperiment> = {}): NewExperiment {
  return { id, name: `exp ${id}`, kind: 'experiment', config: { arms: ['he', 'zeros'] }, createdAt: '2024-05-01T10:00:00.000Z', tags: ['demo'], ...overrides };
}

/** A queued run row. */
export function sampleRun(id: string, experimentId: string, overrides: Partial<NewRun> = {}): NewRun {
  return {
    id,
    experimentId,
    name: `run ${id}`,
    arm: 'he',
    config: RunConfigSchema.parse({ init: { name: 'he_normal' }, iterations: 10 }),
    facts: { dataset: 'course-circles', init: 'he', initName: 'he', initSeed: 1, dataSeed: null, iterations: 10 },
    engineVersion: '1',
    createdAt: '2024-05-01T10:00:00.000Z',
    tags: [],
    sweep: null,
    ...overrides,
  };
}
