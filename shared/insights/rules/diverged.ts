// Diverged: the parameters stopped being finite.
import type { InsightRule } from '../types';

/** A run stopped because a parameter became ∞ or NaN. */
export const diverged: InsightRule = (ctx) =>
  ctx.divergedAt == null
    ? []
    : [
        {
          kind: 'diverged',
          severity: 'problem',
          layer: null,
          iteration: ctx.divergedAt,
          measured: ctx.divergedAt,
          unit: 'iteration where parameters became non-finite',
          factorPerLayer: null,
          title: 'Training diverged',
          detail: `non-finite parameters at iteration ${ctx.divergedAt}`,
          why: 'Once a weight becomes ∞ or NaN every later update is NaN too: the learning rate or the initial scale is too large.',
        },
      ];
