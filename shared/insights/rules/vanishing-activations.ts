// Vanishing activations: the forward signal's std falls layer by layer.
import { forwardProfile } from '../layers';
import { INSIGHT_THRESHOLDS } from '../thresholds';
import { trendRule } from '../trend-rule';

/** Pre-activation std below 1/activationRatio of the first hidden layer's. */
export const vanishingActivations = trendRule({
  kind: 'vanishing_activations',
  title: 'Vanishing activations',
  along: 'from',
  direction: 'vanishing',
  ratio: INSIGHT_THRESHOLDS.activationRatio,
  profile: (c) => ({ values: forwardProfile(c), stat: 'Z' }),
  why: 'The signal shrinks layer by layer, so deep layers see almost constant inputs and the output cannot tell the points apart.',
});
