// Dead ReLUs: a hidden layer whose units output exactly 0 for almost every point.
import { pct } from '../format';
import { distinctness, hiddenLayers } from '../layers';
import { outcomeSeverity } from '../severity';
import { INSIGHT_THRESHOLDS } from '../thresholds';
import type { InsightRule } from '../types';

const RELU_FAMILY = new Set(['relu', 'leaky_relu']);

/** The worst layer (and its checkpoint) of a ReLU net beyond the dead share; identical-unit layers are the symmetry finding's. */
export const deadRelu: InsightRule = (ctx) => {
  if (!RELU_FAMILY.has(ctx.activation) || !ctx.ordered.length) return [];
  const stuck = new Set(hiddenLayers(ctx.ordered[0].layers).filter((l) => distinctness(l) < INSIGHT_THRESHOLDS.symmetry).map((l) => l.layer));
  let worst: { layer: number; value: number; iteration: number } | null = null;
  for (const c of ctx.ordered) {
    for (const l of hiddenLayers(c.layers)) {
      if (stuck.has(l.layer)) continue;
      if (l.deadFraction >= INSIGHT_THRESHOLDS.dead && (!worst || l.deadFraction > worst.value)) worst = { layer: l.layer, value: l.deadFraction, iteration: c.iteration };
    }
  }
  if (!worst) return [];
  return [
    {
      kind: 'dead_relu',
      severity: outcomeSeverity(ctx),
      layer: worst.layer,
      iteration: worst.iteration,
      measured: worst.value,
      unit: `share of outputs exactly 0 at layer ${worst.layer}`,
      factorPerLayer: null,
      title: 'Dead ReLUs',
      detail: `${pct(worst.value)} of outputs exactly 0 at layer ${worst.layer}, iteration ${worst.iteration}`,
      why: 'A ReLU that outputs 0 for every input passes no gradient back and never recovers, so the layer loses capacity.',
    },
  ];
};
