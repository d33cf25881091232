// Every insight rule by its kind: the one list the engine, the CLI's --json and the app share.
import { deadRelu } from './rules/dead-relu';
import { diverged } from './rules/diverged';
import { explodingActivations } from './rules/exploding-activations';
import { explodingGradients } from './rules/exploding-gradients';
import { infiniteLoss } from './rules/infinite-loss';
import { saturatedOutputs } from './rules/saturated-outputs';
import { symmetry } from './rules/symmetry';
import { vanishingActivations } from './rules/vanishing-activations';
import { vanishingGradients } from './rules/vanishing-gradients';
import type { InsightRule } from './types';

/** The rules, in the order their findings are listed within one severity. */
export const INSIGHT_RULES = {
  diverged,
  symmetry,
  saturated_outputs: saturatedOutputs,
  infinite_loss: infiniteLoss,
  vanishing_gradients: vanishingGradients,
  exploding_gradients: explodingGradients,
  vanishing_activations: vanishingActivations,
  exploding_activations: explodingActivations,
  dead_relu: deadRelu,
} as const satisfies Record<string, InsightRule>;

/** A finding's kind: a rule's name, or 'healthy' when a finished run has no other finding. */
export type InsightKind = keyof typeof INSIGHT_RULES | 'healthy';

/** Rule names in registry order. */
export const INSIGHT_KINDS = Object.keys(INSIGHT_RULES) as (keyof typeof INSIGHT_RULES)[];
