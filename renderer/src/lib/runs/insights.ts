// Findings about a run for display: the shared rules' insights (shared/insights), worded as the app lists them.
import { computeInsights as sharedInsights, type Insight as SharedInsight, type InsightInput, type InsightSeverity } from '../../../../shared/insights';
import { formatInt, formatNumber } from './format';

export type { InsightInput, InsightSeverity };

/** One finding as the app shows it. */
export interface Insight {
  kind: string;
  severity: InsightSeverity;
  title: string;
  /** The measured number with what it is. */
  measured: string;
  /** Where in the network (a layer, the output, the whole net). */
  where: string;
  /** When in training. */
  when: string;
  /** The rule's one-line account: factor per layer, start layer, values compared. */
  detail: string;
  /** One sentence on why it matters. */
  why: string;
}

/** Every finding for a run, most serious first, worded for the app. */
export function computeInsights(input: InsightInput): Insight[] {
  return sharedInsights(input).map(display);
}

/** The display wording of one shared insight. */
export function display(i: SharedInsight): Insight {
  return {
    kind: i.kind,
    severity: i.severity,
    title: i.title,
    measured: `${formatNumber(i.measured, 3)} (${i.unit})`,
    where: i.layer == null ? 'whole network' : i.factorPerLayer != null ? `from layer ${i.layer}` : `layer ${i.layer}`,
    when: i.iteration == null ? '—' : i.iteration === 0 ? 'iteration 0 (initialization)' : `iteration ${formatInt(i.iteration)}`,
    detail: i.detail,
    why: i.why,
  };
}
