// How serious a finding is, given how the run ended: the same measurement is a problem in a run that
// never left chance accuracy and a note in one that learned.
import { INSIGHT_THRESHOLDS } from './thresholds';
import type { InsightContext, InsightSeverity } from './types';

/** A signal trend's severity: a problem if the run stalled at chance, a warning if severe (beyond severeRatio either way), else info. */
export function trendSeverity(ctx: InsightContext, ratio: number): InsightSeverity {
  if (ctx.stalled || ctx.divergedAt != null) return 'problem';
  const r = ratio === 0 || !Number.isFinite(ratio) ? Infinity : Math.max(ratio, 1 / ratio);
  return r >= INSIGHT_THRESHOLDS.severeRatio ? 'warning' : 'info';
}

/** A finding that always hampers learning: a problem if the run stalled at chance, else a warning. */
export function outcomeSeverity(ctx: InsightContext): InsightSeverity {
  return ctx.stalled || ctx.divergedAt != null ? 'problem' : 'warning';
}
