// What an insight is: one finding about a run, with where and when it shows and how serious it is.
import type { RunStatus } from '../contract/records';
import type { Checkpoint, CostPoint } from '../engine/types';

/** How serious a finding is, judged against what the run achieved. */
export type InsightSeverity = 'info' | 'warning' | 'problem';

/** Severities from the most serious down. */
export const SEVERITY_ORDER: readonly InsightSeverity[] = ['problem', 'warning', 'info'];

/** One finding about a run. `kind` is a key of INSIGHT_RULES (registry.ts). */
export interface Insight {
  kind: string;
  severity: InsightSeverity;
  /** The layer where it starts (1-based), or null for the whole network or the cost. */
  layer: number | null;
  /** The iteration of the first checkpoint (or cost) that shows it, or null. */
  iteration: number | null;
  /** The number measured: a std, a fraction, a count (see `unit`). */
  measured: number;
  /** What `measured` is, in words ("std of dA at layer 1"). */
  unit: string;
  /** For a trend across layers: the factor per layer (geometric mean), else null. */
  factorPerLayer: number | null;
  /** A short title ("Vanishing gradients"). */
  title: string;
  /** What was measured, where and when, in one line ("×0.057 per layer from layer 2 …"). */
  detail: string;
  /** Why it matters, in one sentence. */
  why: string;
}

/** What insights are read from: a run's recorded numbers and how it ended. */
export interface InsightInput {
  status: RunStatus;
  costs: readonly CostPoint[];
  checkpoints: readonly Checkpoint[];
  divergedAt: number | null;
  /** The hidden layers' activation (a registry name). */
  activation: string;
  /** Layer sizes, input first. */
  dims: readonly number[];
  /** Accuracy of always answering the majority class (0.5 for the balanced generators). */
  chanceAccuracy?: number;
}

/** What every rule sees: the input plus facts derived once. */
export interface InsightContext extends InsightInput {
  /** Checkpoints in iteration order. */
  ordered: readonly Checkpoint[];
  /** The run finished with its last train accuracy at chance (within INSIGHT_THRESHOLDS.chanceMargin): it never left it or fell back. */
  stalled: boolean;
  /** The run has finished (no more numbers will come). */
  finished: boolean;
  /** The output is a softmax over K ≥ 2 units (the last dims entry), not one sigmoid unit. */
  softmax: boolean;
}

/** A rule: every finding of its kind in a run (usually none or one). */
export type InsightRule = (ctx: InsightContext) => Insight[];
