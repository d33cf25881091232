// Saturated outputs: the output sigmoid pinned at 0 or 1, or a softmax certain of one class, on a share of the points.
import { pct } from '../format';
import { outcomeSeverity } from '../severity';
import { INSIGHT_THRESHOLDS } from '../thresholds';
import type { InsightRule } from '../types';

/** The first checkpoint where at least `saturated` of the outputs are within 1% of 0 or 1. */
export const saturatedOutputs: InsightRule = (ctx) => {
  const hit = ctx.ordered.find((c) => (c.layers[c.layers.length - 1]?.saturatedFraction ?? 0) >= INSIGHT_THRESHOLDS.saturated);
  if (!hit) return [];
  const out = hit.layers[hit.layers.length - 1];
  const recovered = ctx.ordered.find((c) => c.iteration > hit.iteration && (c.layers[c.layers.length - 1]?.saturatedFraction ?? 1) < INSIGHT_THRESHOLDS.saturated);
  return [
    {
      kind: 'saturated_outputs',
      severity: outcomeSeverity(ctx),
      layer: out.layer,
      iteration: hit.iteration,
      measured: out.saturatedFraction,
      unit: 'share of outputs at 0 or 1',
      factorPerLayer: null,
      title: 'Saturated outputs',
      detail: `${pct(out.saturatedFraction)} of outputs at 0 or 1 (output layer ${out.layer}) from iteration ${hit.iteration}${recovered ? ` until about ${recovered.iteration}` : ' on'}`,
      why: ctx.softmax
        ? 'A softmax that puts all its probability on one class is confidently wrong on the samples of the others: their loss is huge and learning crawls until the logits shrink.'
        : 'A sigmoid pinned at 0 or 1 is confidently wrong on some points: its loss is huge (or infinite) and learning crawls until the weights shrink.',
    },
  ];
};
