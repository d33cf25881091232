// Insights: what went right or wrong in a run, read from its recorded numbers by the rules in the registry.
import { fmt } from './format';
import { hiddenLayers } from './layers';
import { INSIGHT_KINDS, INSIGHT_RULES } from './registry';
import { INSIGHT_THRESHOLDS } from './thresholds';
import { SEVERITY_ORDER, type Insight, type InsightContext, type InsightInput } from './types';

export { INSIGHT_KINDS, INSIGHT_RULES, type InsightKind } from './registry';
export { INSIGHT_THRESHOLDS } from './thresholds';
export { layerTrend, type LayerTrend, type LayerValue } from './layer-trend';
export { SEVERITY_ORDER, type Insight, type InsightInput, type InsightRule, type InsightSeverity } from './types';

const UNFINISHED = new Set(['queued', 'running']);

/** The facts every rule shares: ordered checkpoints, whether the run finished and whether it ended at chance. */
export function insightContext(input: InsightInput): InsightContext {
  const ordered = [...input.checkpoints].sort((a, b) => a.iteration - b.iteration);
  const finished = !UNFINISHED.has(input.status);
  const chance = input.chanceAccuracy ?? 0.5;
  const last = ordered[ordered.length - 1];
  // Ending at chance is what matters: a run that never left it, or one that learned and collapsed back.
  const stalled = finished && last !== undefined && !(last.trainAccuracy > chance + INSIGHT_THRESHOLDS.chanceMargin);
  const softmax = (input.dims[input.dims.length - 1] ?? 1) > 1;
  return { ...input, ordered, finished, stalled, softmax };
}

/** Every finding for a run, most serious first; a finished run with none gets one 'healthy' finding. */
export function computeInsights(input: InsightInput): Insight[] {
  const ctx = insightContext(input);
  const out = INSIGHT_KINDS.flatMap((kind) => INSIGHT_RULES[kind](ctx));
  const first = ctx.ordered[0];
  if (!out.length && ctx.finished && first) out.push(healthy(first.layers, first.iteration));
  return out.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

function healthy(layers: InsightContext['ordered'][number]['layers'], iteration: number): Insight {
  const stds = hiddenLayers(layers).map((l) => l.zStd).filter(Number.isFinite);
  const lo = stds.length ? Math.min(...stds) : NaN;
  const hi = stds.length ? Math.max(...stds) : NaN;
  return {
    kind: 'healthy',
    severity: 'info',
    layer: null,
    iteration,
    measured: lo,
    unit: 'smallest std of Z across hidden layers',
    factorPerLayer: null,
    title: 'Signals flow well',
    detail: `std of Z ${fmt(lo)}–${fmt(hi)} across all ${layers.length} layers at initialization`,
    why: 'Activations and gradients keep their scale from layer to layer, so every layer learns at a similar pace.',
  };
}
