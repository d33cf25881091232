// Two-layer parameters and gradients small enough to follow by hand.
import type { Grads, Params } from '../../../shared/engine/types';
import type { OptimizerSettings } from '../../../shared/engine/optim';

/** Parameters of a [2, 2, 1] network. */
export function smallParams(): Params {
  return {
    dims: [2, 2, 1],
    W: [Float64Array.from([0.5, -1, 2, 0.25]), Float64Array.from([1.5, -0.5])],
    b: [Float64Array.from([0.1, -0.2]), Float64Array.from([0.3])],
  };
}

/** Gradients shaped like smallParams, scaled by s. */
export function smallGrads(s = 1): Grads {
  return {
    dW: [Float64Array.from([0.2, -0.4, 1e-3, 3].map((v) => v * s)), Float64Array.from([-0.7, 0.05].map((v) => v * s))],
    db: [Float64Array.from([0.01, -2].map((v) => v * s)), Float64Array.from([0.6 * s])],
  };
}

/** Default hyper-parameters with a given learning rate. */
export function settings(lr: number): OptimizerSettings {
  return { lr, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, momentum: 0.9 };
}

/** All entries of params (W then b, layer by layer) as one list. */
export function flat(p: Params): number[] {
  return [...p.W.flatMap((w) => [...w]), ...p.b.flatMap((b) => [...b])];
}

/** All entries of grads in the same order as flat(). */
export function flatGrads(g: Grads): number[] {
  return [...g.dW.flatMap((w) => [...w]), ...g.db.flatMap((b) => [...b])];
}
