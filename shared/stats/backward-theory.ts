// Variance of the back-propagated signal at initialization, layer by layer, as the fan-out argument predicts.
//
// Back-propagation runs dA_{l} = W_{l+1}ᵀ · dZ_{l+1} and dZ_l = dA_l ⊙ φ'(Z_l). With zero-mean weights
// independent of the signal (Glorot & Bengio 2010; He et al. 2015; the mean-field χ₁ of Schoenholz et al. 2017),
//   E[dA_l²] = n_{l+1} · Var(W_{l+1}) · E[dZ_{l+1}²],   E[dZ_l²] = E[dA_l²] · E[φ'(Z_l)²],
// so each layer multiplies the gradient's variance by n_{l+1} Var(W_{l+1}) E[φ'(Z_l)²]: 1 keeps it, below 1
// it vanishes towards the input, above 1 it explodes. Z_l ~ N(bias, Var(Z_l)) from the forward prediction.
import { ACTIVATIONS, activationParams, type ActivationName, type ActivationParams } from '../engine/nn/activations';
import { normalCdf } from './distributions';
import { gaussianExpectation } from './gaussian-expectation';

/** Options of predictBackwardVariance. */
export interface BackwardOptions {
  activationParams?: ActivationParams;
  /** The constant every bias starts at: the mean of every Z_l. */
  bias?: number;
}

/**
 * Predicted E[dA_l²] for the hidden layers l = 1..L−1 (index l − 1), anchored at the output layer's measured
 * (or assumed) E[dZ_L²]. `weightVariances[l−1]` is Var(W_l); `zVariances[l−1]` the forward prediction of Var(Z_l).
 */
export function predictBackwardVariance(
  dims: readonly number[],
  activation: ActivationName,
  weightVariances: readonly number[],
  zVariances: readonly number[],
  outputGradientSecondMoment: number,
  options: BackwardOptions = {},
): number[] {
  const L = dims.length - 1;
  if (weightVariances.length !== L || zVariances.length !== L) {
    throw new RangeError(`weightVariances and zVariances need one entry per layer (${L}), got ${weightVariances.length} and ${zVariances.length}`);
  }
  const p = activationParams(activation, options.activationParams);
  const bias = options.bias ?? 0;
  const out = new Array<number>(L - 1);
  let dz = outputGradientSecondMoment;
  for (let l = L - 1; l >= 1; l--) {
    // l is the 1-based hidden layer; W_{l+1} is weightVariances[l], Z_l is zVariances[l − 1]
    const da = dims[l + 1] * weightVariances[l] * dz;
    out[l - 1] = da;
    dz = da * derivativeSecondMoment(activation, bias, zVariances[l - 1], p);
  }
  return out;
}

/** The factor a layer applies to the gradient's variance on the way back: n_{l+1} Var(W_{l+1}) E[φ'(Z_l)²]. */
export function backwardFactor(fanOut: number, weightVariance: number, activation: ActivationName, mean: number, variance: number, params: ActivationParams = {}): number {
  return fanOut * weightVariance * derivativeSecondMoment(activation, mean, variance, activationParams(activation, params));
}

/**
 * E[φ'(Z)²] for Z ~ N(mean, variance): P(Z > 0) for relu, plus slope² P(Z < 0) for leaky_relu, 1 for linear;
 * Gaussian quadrature for the rest.
 */
export function derivativeSecondMoment(activation: ActivationName, mean: number, variance: number, params: ActivationParams = {}): number {
  const p = activationParams(activation, params);
  const positive = variance === 0 ? (mean > 0 ? 1 : 0) : normalCdf(mean / Math.sqrt(variance));
  switch (activation) {
    case 'relu':
      return positive;
    case 'leaky_relu':
      return positive + p.slope * p.slope * (1 - positive);
    case 'linear':
      return 1;
    default: {
      const a = ACTIVATIONS[activation];
      return gaussianExpectation((z) => a.df(z, a.f(z, p), p) ** 2, mean, variance);
    }
  }
}
