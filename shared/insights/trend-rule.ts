// The four signal rules (activations or gradients, vanishing or exploding) share one shape: find the first
// checkpoint whose per-layer profile falls or rises beyond a ratio, and say from where and by how much.
import { fmt } from './format';
import { layerTrend, type LayerTrend, type LayerValue } from './layer-trend';
import { trendSeverity } from './severity';
import { INSIGHT_THRESHOLDS } from './thresholds';
import type { Checkpoint } from '../engine/types';
import type { Insight, InsightContext, InsightRule } from './types';

/** What one trend rule reads and says. */
export interface TrendRuleSpec {
  kind: string;
  title: string;
  direction: 'vanishing' | 'exploding';
  ratio: number;
  /** How the layers are walked in the text: 'from' (forward) or 'back from' (gradients, output side first). */
  along: 'from' | 'back from';
  /** The profile to read from a checkpoint, ordered along the signal, and the statistic's name. */
  profile(c: Checkpoint): { values: LayerValue[]; stat: string } | null;
  /** An extra trigger on a checkpoint beyond the ratio (exploding activations: an absolute std). */
  absolute?(values: LayerValue[]): LayerValue | null;
  /** Why it matters; a function where the wording depends on the run (a softmax or a sigmoid output). */
  why: string | ((ctx: InsightContext) => string);
}

/** A rule from its spec: the first checkpoint showing the trend, with its start layer and factor per layer. */
export function trendRule(spec: TrendRuleSpec): InsightRule {
  return (ctx: InsightContext): Insight[] => {
    for (const c of ctx.ordered) {
      const p = spec.profile(c);
      if (!p) continue;
      const trend = layerTrend(p.values, spec.direction, spec.ratio, INSIGHT_THRESHOLDS.stepFactor) ?? absoluteTrend(spec, p.values);
      if (!trend) continue;
      return [insightOf(spec, ctx, c, p.stat, trend)];
    }
    return [];
  };
}

function absoluteTrend(spec: TrendRuleSpec, values: LayerValue[]): LayerTrend | null {
  const hit = spec.absolute?.(values);
  if (!hit || !values.length) return null;
  const reference = values[0];
  return { reference, extreme: hit, ratio: hit.value / reference.value, start: hit.layer, factorPerLayer: NaN };
}

function insightOf(spec: TrendRuleSpec, ctx: InsightContext, c: Checkpoint, stat: string, t: LayerTrend): Insight {
  const hasFactor = Number.isFinite(t.factorPerLayer) && t.factorPerLayer > 0;
  const factor = hasFactor ? `×${fmt(t.factorPerLayer)} per layer ${spec.along} layer ${t.start}; ` : '';
  const when = c.iteration === 0 ? 'at initialization' : `at iteration ${c.iteration}`;
  return {
    kind: spec.kind,
    severity: trendSeverity(ctx, t.ratio),
    layer: t.start,
    iteration: c.iteration,
    measured: t.extreme.value,
    unit: `std of ${stat} at layer ${t.extreme.layer}`,
    factorPerLayer: hasFactor ? t.factorPerLayer : null,
    title: spec.title,
    detail: `${factor}std of ${stat} ${fmt(t.extreme.value)} at layer ${t.extreme.layer} vs ${fmt(t.reference.value)} at layer ${t.reference.layer}, ${when}`,
    why: typeof spec.why === 'function' ? spec.why(ctx) : spec.why,
  };
}
