// Building a whole network's initial parameters from a spec: W[l] layer by layer in order, biases constant.
import type { Rng } from '../rng/types';
import type { Params } from '../types';
import { INITIALIZERS } from './registry';
import { parseInitSpec, type InitSpec } from './spec';

/** Options of initializeParams. */
export interface InitializeOptions {
  /** Activation of the output layer, told to the initializer of the last W (default sigmoid). */
  outputActivation?: string;
}

/**
 * Initial parameters of a network with layer sizes dims: W[l] is dims[l+1] × dims[l], drawn from rng layer by
 * layer in order (numpy: one seed, then randn per layer), then multiplied by the spec's multiplier; biases are
 * the spec's bias constant and draw nothing. A data-dependent initializer (lsuv) returns its start here;
 * applyLsuv then rescales it on the data (it takes no multiplier, see resolveInitSpec).
 */
export function initializeParams(
  dims: readonly number[],
  activation: string,
  spec: InitSpec | string,
  rng: Rng,
  opts: InitializeOptions = {},
): Params {
  const resolved = typeof spec === 'string' ? parseInitSpec(spec) : spec;
  if (dims.length < 2 || dims.some((d) => !Number.isInteger(d) || d < 1)) {
    throw new RangeError(`dims must be at least two positive integers, got [${dims.join(', ')}]`);
  }
  const init = INITIALIZERS[resolved.name];
  const multiplier = resolved.multiplier ?? 1;
  if (!(multiplier > 0 && multiplier < Infinity)) throw new RangeError(`multiplier must be a positive number, got ${multiplier}`);
  if (multiplier !== 1 && init.dataDependent) throw new RangeError(`${resolved.name} takes no multiplier, got ${multiplier}`);
  const W: Float64Array[] = [];
  const b: Float64Array[] = [];
  const last = dims.length - 1;
  for (let l = 1; l <= last; l++) {
    const rows = dims[l];
    const cols = dims[l - 1];
    const w = init.sample({
      rows,
      cols,
      fanIn: cols,
      fanOut: rows,
      rng,
      params: resolved.params,
      activation: l === last ? (opts.outputActivation ?? 'sigmoid') : activation,
      layer: l,
    });
    // After the draw, one multiplication per weight (numpy: W * multiplier); at 1 the draws are kept as they are.
    if (multiplier !== 1) for (let i = 0; i < w.length; i++) w[i] *= multiplier;
    W.push(w);
    b.push(new Float64Array(rows).fill(resolved.bias));
  }
  return { dims: [...dims], W, b };
}
