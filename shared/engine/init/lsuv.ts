// Mishkin & Matas (2016), layer-sequential unit-variance: orthogonal weights, then each layer rescaled on real data.
import type { Params } from '../types';
import { defineInitializer, num } from './define';
import { orthogonalMatrix } from './orthogonal';
import type { InitParams } from './types';

/**
 * Runs one layer forward: W[l] (dims[l+1] × dims[l]) and b[l] of params applied to the previous layer's output.
 * z is the pre-activation, a the activation fed to the next layer; their layout is the caller's own. The first
 * layer's input is the caller's data as given to applyLsuv (X: for example a set held as bytes).
 */
export type LsuvForward<X = Float64Array> = (params: Params, l: number, input: X | Float64Array) => { z: Float64Array; a: Float64Array };

/** When to stop rescaling a layer. */
export interface LsuvOptions {
  /** Stop once |Var(Z) − 1| < tol (default 0.1, as the paper). */
  tol?: number;
  /** At most this many rescalings per layer (default 10). */
  maxIter?: number;
}

/** What the LSUV pass did to each layer (1-based): how many rescalings, and the variance it ended with. */
export interface LsuvLayerReport {
  layer: number;
  iterations: number;
  variance: number;
}

/** The rescaled parameters and a per-layer report. */
export interface LsuvResult {
  params: Params;
  layers: LsuvLayerReport[];
}

/** The orthogonal start of LSUV; the data-dependent rescaling is applyLsuv. */
export const lsuv = defineInitializer({
  label: 'LSUV',
  formula: 'W = orthogonal, then W ← W / √Var(Z) until |Var(Z) − 1| < tol',
  description:
    'Orthogonal weights, then layer by layer each W is divided by the standard deviation of its pre-activations on the training data until their variance is 1.',
  random: true,
  dataDependent: true,
  parameters: [
    { name: 'tol', type: 'number', default: 0.1, min: 0, description: 'accepted distance of Var(Z) from 1' },
    { name: 'max_iter', type: 'integer', default: 10, min: 1, max: 1000, description: 'most rescalings per layer' },
  ],
  sample: (ctx) => orthogonalMatrix(ctx, 1),
});

/** The LSUV options held in a resolved lsuv spec's parameters. */
export function lsuvOptionsFrom(params: InitParams): LsuvOptions {
  return { tol: num({ ...lsuv.defaults, ...params }, 'tol'), maxIter: num({ ...lsuv.defaults, ...params }, 'max_iter') };
}

/** Rescales each layer in order so its pre-activations on x have unit variance; params is left untouched. */
export function applyLsuv<X = Float64Array>(params: Params, x: X, forwardLayer: LsuvForward<X>, opts: LsuvOptions = {}): LsuvResult {
  const tol = opts.tol ?? 0.1;
  const maxIter = opts.maxIter ?? 10;
  const current: Params = { dims: [...params.dims], W: params.W.map((w) => Float64Array.from(w)), b: params.b.map((b) => Float64Array.from(b)) };
  const layers: LsuvLayerReport[] = [];
  let input: X | Float64Array = x;
  for (let l = 0; l < current.W.length; l++) {
    let out = forwardLayer(current, l, input);
    let v = variance(out.z);
    let iterations = 0;
    // A zero or non-finite variance cannot be rescaled to 1 (a dead layer); it is reported as it is.
    while (Math.abs(v - 1) >= tol && iterations < maxIter && v > 0 && Number.isFinite(v)) {
      const w = current.W[l];
      const s = 1 / Math.sqrt(v);
      for (let i = 0; i < w.length; i++) w[i] *= s;
      iterations++;
      out = forwardLayer(current, l, input);
      v = variance(out.z);
    }
    layers.push({ layer: l + 1, iterations, variance: v });
    input = out.a;
  }
  return { params: current, layers };
}

/** Population variance (numpy's var, ddof 0) over every entry. */
function variance(z: Float64Array): number {
  let mean = 0;
  for (let i = 0; i < z.length; i++) mean += z[i];
  mean /= z.length;
  let s = 0;
  for (let i = 0; i < z.length; i++) s += (z[i] - mean) * (z[i] - mean);
  return s / z.length;
}
