// Exploding activations: the forward signal's std grows layer by layer, or is huge outright.
import { forwardProfile } from '../layers';
import { INSIGHT_THRESHOLDS } from '../thresholds';
import { trendRule } from '../trend-rule';

/** Pre-activation std above activationRatio × the first hidden layer's, or above activationAbs anywhere. */
export const explodingActivations = trendRule({
  kind: 'exploding_activations',
  title: 'Exploding activations',
  along: 'from',
  direction: 'exploding',
  ratio: INSIGHT_THRESHOLDS.activationRatio,
  profile: (c) => ({ values: forwardProfile(c), stat: 'Z' }),
  absolute: (values) => values.find((v) => !(v.value <= INSIGHT_THRESHOLDS.activationAbs)) ?? null,
  why: (ctx) =>
    ctx.softmax
      ? 'Values this large saturate tanh and sigmoid units and make the softmax all but certain of one class: the weights start far too big.'
      : 'Values this large saturate tanh and sigmoid units and push the output to exactly 0 or 1: the weights start far too big.',
});
