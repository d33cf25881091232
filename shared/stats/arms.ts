// Per-arm summaries and all pairwise comparisons of arms, in the shape the CLI's "arms" and "comparisons" report.
import { createRng } from '../engine/rng';
import type { RunResult } from '../engine/types';
import { compare, type Comparison } from './compare';
import { finiteValues, summarize, type Summary } from './summary';

/** The final metrics an arm is summarized and compared on, named as RunResult names them. */
export const ARM_METRICS = ['finalCost', 'trainAccuracy', 'testAccuracy'] as const;

/** One of ARM_METRICS. */
export type ArmMetric = (typeof ARM_METRICS)[number];

/** What summarizing and comparing need of a run. */
export type RunMetrics = Pick<RunResult, ArmMetric>;

/** One arm (e.g. one initializer) and its runs, one per seed. */
export interface Arm {
  name: string;
  runs: readonly RunMetrics[];
}

/** Summary of every metric of one arm. */
export type ArmSummary = { name: string } & Record<ArmMetric, Summary>;

/**
 * One pair of arms on one metric. Non-finite values (diverged runs) are dropped first and counted in
 * nonFiniteA/nonFiniteB; nA/nB count the values compared. When either arm has no finite value left, every
 * statistic is null.
 */
export type PairComparison = { a: string; b: string; metric: ArmMetric; nonFiniteA: number; nonFiniteB: number } & (
  | Comparison
  | { [K in keyof Comparison]: K extends 'nA' | 'nB' ? number : null }
);

/** Summaries of finalCost, trainAccuracy and testAccuracy across an arm's runs. */
export function summarizeArm(arm: Arm): ArmSummary {
  const out = { name: arm.name } as ArmSummary;
  for (const metric of ARM_METRICS) out[metric] = summarize(arm.runs.map((r) => r[metric]));
  return out;
}

/** Seed of the bootstrap stream the app and the command line use, so both show the same interval for the same runs. */
export const BOOTSTRAP_SEED = 1;

/**
 * Every pair (arms[i], arms[j]), i < j, in that order, on each metric asked for. Each comparison's bootstrap
 * draws from a fresh createRng('seedrandom', seed), so a row never depends on which other rows are listed.
 */
export function compareArms(arms: readonly Arm[], metrics: readonly ArmMetric[] = ARM_METRICS, seed = BOOTSTRAP_SEED): PairComparison[] {
  const out: PairComparison[] = [];
  for (let i = 0; i < arms.length; i++) {
    for (let j = i + 1; j < arms.length; j++) {
      for (const metric of metrics) {
        const a = finiteValues(arms[i].runs.map((r) => r[metric]));
        const b = finiteValues(arms[j].runs.map((r) => r[metric]));
        const head = { a: arms[i].name, b: arms[j].name, metric, nonFiniteA: a.nonFinite, nonFiniteB: b.nonFinite };
        const rng = createRng('seedrandom', seed);
        if (a.values.length === 0 || b.values.length === 0) {
          out.push({ ...head, ...EMPTY, nA: a.values.length, nB: b.values.length });
        } else {
          out.push({ ...head, ...compare(a.values, b.values, rng) });
        }
      }
    }
  }
  return out;
}

const EMPTY = {
  welchP: null,
  mannWhitneyP: null,
  mannWhitneyMethod: null,
  meanDiff: null,
  ci95: null,
  cohenD: null,
  cliffDelta: null,
} as const;
