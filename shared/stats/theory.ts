// Variance of the pre-activations at initialization, as the fan-in argument predicts, layer by layer.
//
// With zero-mean weights drawn independently of the layer's input, Z_l = W_l·A_{l−1} + b has
//   Var(Z_l) = n_{l−1} · Var(W_l) · E[g(Z_{l−1})²],
// and Z_{l−1} is close to N(b, Var(Z_{l−1})) when the layer is wide (the central limit theorem).
// Layer 1 uses the data's own input second moment instead of E[g(Z_0)²].
import { ACTIVATIONS, activationParams, type ActivationName, type ActivationParams } from '../engine/nn/activations';
import { normalCdf } from './distributions';
import { gaussianExpectation } from './gaussian-expectation';

/** Options of predictZVariance. */
export interface PredictOptions {
  /** The hidden activation's parameters (leaky_relu's slope); defaults from the activation registry. */
  activationParams?: ActivationParams;
  /** The constant every bias starts at (the init spec's bias, default 0): it is the mean of every Z_l. */
  bias?: number;
}

/**
 * Predicted Var(Z_l) for l = 1..L (dims has L + 1 entries), by fan-in propagation:
 * Var(Z_1) = n_0 · Var(W_1) · inputSecondMoment, Var(Z_l) = n_{l−1} · Var(W_l) · E[g(Z_{l−1})²].
 * `weightVariances[l−1]` is Var(W_l) (see weightVariance); `activation` is the hidden one, applied to
 * Z_1..Z_{L−1} (the output layer's own activation never feeds a Z). `inputSecondMoment` is the mean over
 * features of E[x_j²] on the data (inputSecondMoment()). Assumes zero-mean, independent weights.
 */
export function predictZVariance(
  dims: readonly number[],
  activation: ActivationName,
  weightVariances: readonly number[],
  inputSecondMoment: number,
  options: PredictOptions = {},
): number[] {
  const L = dims.length - 1;
  if (L < 1) throw new RangeError(`dims needs at least two layer sizes, got [${dims.join(', ')}]`);
  if (weightVariances.length !== L) {
    throw new RangeError(`weightVariances needs one entry per layer (${L}), got ${weightVariances.length}`);
  }
  if (!(inputSecondMoment >= 0)) throw new RangeError(`inputSecondMoment must be ≥ 0, got ${inputSecondMoment}`);
  const params = activationParams(activation, options.activationParams);
  const bias = options.bias ?? 0;
  const out: number[] = [];
  let secondMoment = inputSecondMoment;
  for (let l = 0; l < L; l++) {
    const v = dims[l] * weightVariances[l] * secondMoment;
    out.push(v);
    secondMoment = activationSecondMoment(activation, bias, v, params);
  }
  return out;
}

/**
 * E[g(Z)²] for Z ~ N(mean, variance): closed forms for relu ((μ² + v)·Φ(μ/σ) + μσ·φ(μ/σ), so v/2 at μ = 0),
 * leaky_relu (the positive part plus slope² times the negative part) and linear (μ² + v); numeric Gaussian
 * quadrature (gaussianExpectation) for the rest (tanh, sigmoid, elu, selu).
 */
export function activationSecondMoment(activation: ActivationName, mean: number, variance: number, params: ActivationParams = {}): number {
  const p = activationParams(activation, params);
  switch (activation) {
    case 'relu':
      return positivePartSquared(mean, variance);
    case 'leaky_relu':
      return positivePartSquared(mean, variance) + p.slope * p.slope * positivePartSquared(-mean, variance);
    case 'linear':
      return mean * mean + variance;
    default: {
      const f = ACTIVATIONS[activation].f;
      return gaussianExpectation((x) => {
        const a = f(x, p);
        return a * a;
      }, mean, variance);
    }
  }
}

/** E[max(Z, 0)²] for Z ~ N(μ, v). */
function positivePartSquared(mu: number, v: number): number {
  if (v === 0) return mu > 0 ? mu * mu : 0;
  const s = Math.sqrt(v);
  const r = mu / s;
  return (mu * mu + v) * normalCdf(r) + mu * s * Math.exp(-0.5 * r * r) / Math.sqrt(2 * Math.PI);
}

/** Mean over features of the uncentred second moment E[x_j²] of sample-major data (n × nFeatures), as layer 1 sees it. */
export function inputSecondMoment(x: ArrayLike<number>, nFeatures: number): number {
  if (!(Number.isInteger(nFeatures) && nFeatures >= 1) || x.length === 0 || x.length % nFeatures !== 0) {
    throw new RangeError(`x must hold a whole number of rows of ${nFeatures} features, got ${x.length} values`);
  }
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * x[i];
  return s / x.length;
}
