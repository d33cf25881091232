// Small random problems for gradient checks: a network, its parameters and a labelled batch.
import { createRng } from '../../../shared/engine/rng';
import { LOSSES, type LossName } from '../../../shared/engine/nn/loss';
import { createNetwork, createWorkspace, forward, type Network } from '../../../shared/engine/nn/network';
import type { ActivationName } from '../../../shared/engine/nn/activations';
import type { Params } from '../../../shared/engine/types';

/** A random problem: network, parameters, X (features × m) and 0/1 labels. */
export interface Problem {
  net: Network;
  params: Params;
  X: Float64Array;
  Y: Float64Array;
  m: number;
}

/** A reproducible random problem with weights of scale 0.7 and small biases. */
export function randomProblem(activation: ActivationName, dims = [3, 5, 4, 1], m = 7, seed = 1): Problem {
  const rng = createRng('seedrandom', seed);
  const net = createNetwork(dims, activation);
  const params: Params = {
    dims: [...dims],
    W: dims.slice(1).map((n, l) => Float64Array.from({ length: n * dims[l] }, () => 0.7 * rng.normal())),
    b: dims.slice(1).map((n) => Float64Array.from({ length: n }, () => 0.1 * rng.normal())),
  };
  const X = Float64Array.from({ length: dims[0] * m }, () => rng.normal());
  const Y = Float64Array.from({ length: m }, (_, j) => (j % 2 === 0 ? 1 : rng.int(2)));
  return { net, params, X, Y, m };
}

/** The cost of a problem's parameters under a loss. */
export function costOf(p: Problem, loss: LossName, params: Params = p.params): number {
  const ws = createWorkspace(p.net.dims, p.m);
  forward(p.net, params, p.X, p.m, ws);
  const L = params.W.length;
  return LOSSES[loss].cost(ws.Z[L - 1], ws.A[L - 1], p.Y, p.m, ws.terms);
}

/** Relative disagreement |a − b| / max(|a|, |b|), 0 when both are exactly 0. */
export function relErr(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}
