// Vanishing gradients: the back-propagated signal's std falls on the way back to the first layer.
import { backwardProfile } from '../layers';
import { INSIGHT_THRESHOLDS } from '../thresholds';
import { trendRule } from '../trend-rule';

/** dA std (dW for older checkpoints) below 1/gradientRatio of the last hidden layer's. */
export const vanishingGradients = trendRule({
  kind: 'vanishing_gradients',
  title: 'Vanishing gradients',
  along: 'back from',
  direction: 'vanishing',
  ratio: INSIGHT_THRESHOLDS.gradientRatio,
  profile: backwardProfile,
  why: 'The first layers receive almost no gradient, so they barely move while the last layers do all the learning.',
});
