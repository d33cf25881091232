// What an initializer's variance formula predicts at initialization: the std of Z layer by layer, propagating
// E[z²] = fan_in · E[W²] · E[a²] forward from the data (biases zero, weights independent of the inputs).
import { INITIALIZERS } from '../../../shared/engine/init/registry';
import { resolveInitSpec } from '../../../shared/engine/init/spec';
import { ACTIVATIONS, type ActivationName } from '../../../shared/engine/nn/activations';

/** The second moment E[W²] of one layer's weights under an initializer, or null when no formula gives it (data-dependent). */
export function weightSecondMoment(name: string, given: Readonly<Record<string, unknown>>, rows: number, cols: number): number | null {
  let spec;
  try {
    spec = resolveInitSpec(name, given);
  } catch {
    return null;
  }
  const entry = INITIALIZERS[spec.name] as { aliasOf?: string };
  const family = entry.aliasOf ?? spec.name;
  const p = spec.params;
  const n = (k: string) => Number(p[k]);
  const fanIn = cols;
  const fanOut = rows;
  switch (family) {
    case 'zeros':
      return 0;
    case 'constant':
      return n('value') ** 2;
    case 'uniform':
      return (n('low') ** 2 + n('low') * n('high') + n('high') ** 2) / 3;
    case 'normal':
      return n('mean') ** 2 + n('std') ** 2;
    case 'truncated_normal':
      // variance of a standard normal truncated at ±2: 1 − 4φ(2)/(Φ(2) − Φ(−2))
      return n('mean') ** 2 + n('std') ** 2 * 0.7737413;
    case 'scaled_normal':
      return n('scale') ** 2;
    case 'xavier_normal':
    case 'xavier_uniform':
      return (n('gain') ** 2 * 2) / (fanIn + fanOut);
    case 'he_normal':
    case 'he_uniform': {
      const a = n('negative_slope');
      const fan = p.mode === 'fan_out' ? fanOut : fanIn;
      return 2 / ((1 + a * a) * fan);
    }
    case 'lecun_normal':
    case 'lecun_uniform':
      return 1 / fanIn;
    case 'orthogonal':
      return n('gain') ** 2 / Math.max(rows, cols);
    case 'identity':
      return (n('gain') ** 2 * Math.min(rows, cols)) / (rows * cols);
    case 'sparse':
      return n('std') ** 2 * (1 - Math.ceil(n('sparsity') * rows) / rows);
    default:
      return null;
  }
}

/** E[f(z)²] for z ~ N(0, v), by Simpson's rule over ±8 standard deviations. */
export function activationSecondMoment(f: (z: number) => number, v: number): number {
  if (!(v > 0)) return f(0) ** 2;
  const s = Math.sqrt(v);
  const steps = 400;
  const h = (16 * s) / steps;
  let acc = 0;
  for (let i = 0; i <= steps; i++) {
    const z = -8 * s + i * h;
    const w = i === 0 || i === steps ? 1 : i % 2 ? 4 : 2;
    acc += w * f(z) ** 2 * Math.exp((-z * z) / (2 * v));
  }
  return ((acc * h) / 3) / Math.sqrt(2 * Math.PI * v);
}

/** What predictZStd needs. */
export interface PredictionInput {
  dims: readonly number[];
  activation: string;
  activationParams?: Readonly<Record<string, number>>;
  init: { name: string; params: Readonly<Record<string, unknown>> };
  /** Mean of x² over the training inputs' features. */
  inputSecondMoment: number;
}

/** Predicted std of Z per layer (1-based index l−1), null where the initializer has no formula. */
export function predictZStd(input: PredictionInput): (number | null)[] {
  const act = ACTIVATIONS[input.activation as ActivationName];
  const params = { ...(act?.defaults ?? {}), ...(input.activationParams ?? {}) };
  const f = act ? (z: number) => act.f(z, params) : (z: number) => z;
  const out: (number | null)[] = [];
  let inMoment: number | null = input.inputSecondMoment;
  for (let l = 1; l < input.dims.length; l++) {
    const m = weightSecondMoment(input.init.name, input.init.params, input.dims[l], input.dims[l - 1]);
    if (m == null || inMoment == null) {
      out.push(null);
      inMoment = null;
      continue;
    }
    const v = input.dims[l - 1] * m * inMoment;
    out.push(Math.sqrt(v));
    inMoment = activationSecondMoment(f, v);
  }
  return out;
}
