// What an initializer's variance formula predicts for a run at initialization: the std of Z per layer, from
// the shared fan-in propagation (shared/stats) and the run's own data.
import { initSpecOf } from '../../../../shared/engine/init/spec';
import type { ActivationName } from '../../../../shared/engine/nn/activations';
import { predictBackwardVariance } from '../../../../shared/stats/backward-theory';
import { predictZVariance } from '../../../../shared/stats/theory';
import { weightVariances } from '../../../../shared/stats/init-variance';

/** What predictZStd needs. */
export interface PredictionInput {
  dims: readonly number[];
  activation: string;
  activationParams?: Readonly<Record<string, number>>;
  init: { name: string; params: Readonly<Record<string, unknown>>; bias?: number; multiplier?: number };
  /** Mean of x² over the training inputs' features. */
  inputSecondMoment: number;
}

/** Predicted std of Z per layer (index l−1 for layer l); null from the first layer the formula does not cover. */
export function predictZStd(input: PredictionInput): (number | null)[] {
  let variances: (number | null)[];
  try {
    variances = weightVariances(input.dims, initSpecOf({ ...input.init, bias: input.init.bias ?? 0 }));
  } catch {
    return input.dims.slice(1).map(() => null);
  }
  const known = variances.findIndex((v) => v == null);
  const upTo = known < 0 ? variances.length : known;
  if (upTo === 0) return variances.map(() => null);
  const predicted = predictZVariance(
    input.dims.slice(0, upTo + 1),
    input.activation as ActivationName,
    variances.slice(0, upTo) as number[],
    input.inputSecondMoment,
    { activationParams: input.activationParams, bias: input.init.bias ?? 0 },
  );
  return variances.map((_, l) => (l < upTo ? Math.sqrt(predicted[l]) : null));
}

/**
 * Predicted std of the back-propagated dA per layer (index l−1 for layer l), anchored at the output layer's
 * measured dZ std: the hidden layers from the backward recursion, the output layer the anchor itself. null
 * where the forward prediction is missing (the formula does not cover a layer) or the anchor is not finite.
 */
export function predictDaStd(input: PredictionInput, zStd: readonly (number | null)[], outputDzStd: number): (number | null)[] {
  const L = input.dims.length - 1;
  const none = input.dims.slice(1).map(() => null);
  if (!(outputDzStd >= 0 && Number.isFinite(outputDzStd)) || zStd.some((v) => v == null)) return none;
  let variances: (number | null)[];
  try {
    variances = weightVariances(input.dims, initSpecOf({ ...input.init, bias: input.init.bias ?? 0 }));
  } catch {
    return none;
  }
  if (variances.some((v) => v == null)) return none;
  const da = predictBackwardVariance(
    input.dims,
    input.activation as ActivationName,
    variances as number[],
    (zStd as number[]).map((s) => s * s),
    outputDzStd * outputDzStd,
    { activationParams: input.activationParams, bias: input.init.bias ?? 0 },
  );
  return [...da.map(Math.sqrt), outputDzStd].slice(0, L);
}
