// Exploding gradients: the back-propagated signal's std grows on the way back to the first layer.
import { backwardProfile } from '../layers';
import { INSIGHT_THRESHOLDS } from '../thresholds';
import { trendRule } from '../trend-rule';

/** dA std (dW for older checkpoints) above gradientRatio × the last hidden layer's. */
export const explodingGradients = trendRule({
  kind: 'exploding_gradients',
  title: 'Exploding gradients',
  along: 'back from',
  direction: 'exploding',
  ratio: INSIGHT_THRESHOLDS.gradientRatio,
  profile: backwardProfile,
  why: 'Gradients grow on the way back, so one learning rate is too large for the first layers and too small for the last.',
});
