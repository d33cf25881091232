// What a finished run prints: the course's own lines, a row of the summary table, or its JSON object.
import type { RunDetail } from '../../../shared/contract/records';
import type { CostPoint } from '../../../shared/engine/types';
import { computeInsights, type Insight } from '../../../shared/insights';
import { pyFloat } from '../format/py-float';
import { textTable } from '../format/table';

/** One run in the JSON document; non-finite costs become strings when serialised (see toJson). */
export interface RunJson {
  /** The stored run's id (only for saved runs). */
  id?: string;
  init: string;
  initSeed: number;
  dataSeed: number | null;
  status: RunDetail['status'];
  costs: CostPoint[];
  finalCost: number;
  trainAccuracy: number | null;
  testAccuracy: number | null;
  trainSeconds: number | null;
  firstNonFiniteIteration: number | null;
  divergedAt: number | null;
  /** Test accuracy per class (in the document's `classes` order) at the last checkpoint; null without a test set. */
  perClassAccuracy: number[] | null;
  /** Test confusion counts at the last checkpoint, confusion[true][predicted]; null without a test set. */
  confusion: number[][] | null;
  /** What went right or wrong, from the shared insight rules (most serious first). */
  insights: InsightJson[];
  error?: string;
}

/** One insight in the JSON document. */
export type InsightJson = Omit<Insight, 'why'>;

/** The run's insights from its recorded costs and checkpoints (its config gives the activation and sizes). */
export function runInsights(run: RunDetail): InsightJson[] {
  const network = run.config.network;
  return computeInsights({
    status: run.status,
    costs: run.costs,
    checkpoints: run.checkpoints,
    divergedAt: run.divergedAt,
    activation: network.activation,
    dims: network.dims,
  }).map(({ why: _why, ...rest }) => rest);
}

/** The last checkpoint's test confusion and per-class accuracy (the state the final accuracies describe). */
function finalTestBreakdown(run: RunDetail): { perClassAccuracy: number[] | null; confusion: number[][] | null } {
  const last = run.checkpoints[run.checkpoints.length - 1];
  return { perClassAccuracy: last?.perClassAccuracy ?? null, confusion: last?.confusion ?? null };
}

/** The costs at every logEvery-th iteration, iteration 0 included. */
export function reportedCosts(run: RunDetail, logEvery: number): CostPoint[] {
  return run.costs.filter((p) => p.iteration % logEvery === 0).map((p) => ({ iteration: p.iteration, cost: p.cost }));
}

/** The final cost as a number: the store keeps a NaN cost as null. */
export function finalCostOf(run: RunDetail): number {
  return run.finalCost ?? NaN;
}

/** The JSON shape of one finished run. */
export function runJson(run: RunDetail, logEvery: number, saved: boolean): RunJson {
  return {
    ...(saved ? { id: run.id } : {}),
    init: run.arm,
    initSeed: run.initSeed,
    dataSeed: run.dataSeed,
    status: run.status,
    costs: reportedCosts(run, logEvery),
    finalCost: finalCostOf(run),
    trainAccuracy: run.trainAccuracy,
    testAccuracy: run.testAccuracy,
    trainSeconds: run.trainSeconds,
    firstNonFiniteIteration: run.firstNonFiniteIteration,
    divergedAt: run.divergedAt,
    ...finalTestBreakdown(run),
    insights: runInsights(run),
    ...(run.errorMessage ? { error: run.errorMessage } : {}),
  };
}

/** One run as the course prints it: a heading, "Cost after iteration N: x" lines, then train and test accuracy. */
export function runText(run: RunDetail, logEvery: number): string {
  const seeds = `init seed ${run.initSeed}${run.dataSeed === null ? '' : `, data seed ${run.dataSeed}`}`;
  const lines = [`== ${run.arm} (${seeds}) ==`];
  for (const p of reportedCosts(run, logEvery)) lines.push(`Cost after iteration ${p.iteration}: ${pyFloat(p.cost)}`);
  if (run.status === 'failed') lines.push(`Failed: ${run.errorMessage ?? 'unknown error'}`);
  if (run.divergedAt !== null) lines.push(`Diverged at iteration ${run.divergedAt}`);
  if (run.trainAccuracy !== null) lines.push('On the train set:', `Accuracy: ${run.trainAccuracy}`, 'On the test set:', `Accuracy: ${run.testAccuracy}`);
  const { perClassAccuracy } = finalTestBreakdown(run);
  if (perClassAccuracy && run.classes.length > 2) {
    lines.push(`Per class: ${perClassAccuracy.map((a, k) => `${run.classes[k]} ${Number.isNaN(a) ? '-' : a.toFixed(4)}`).join(', ')}`);
  }
  return lines.join('\n');
}

const show = (x: number | null) => (x === null ? '-' : String(x));

/** The table of runs: one row per run. */
export function runsTable(runs: RunDetail[]): string {
  const withData = runs.some((r) => r.dataSeed !== null);
  const rows = runs.map((r) => [
    r.arm,
    String(r.initSeed),
    ...(withData ? [String(r.dataSeed ?? '-')] : []),
    r.status === 'failed' ? '-' : pyFloat(finalCostOf(r)),
    show(r.trainAccuracy),
    show(r.testAccuracy),
    r.trainSeconds === null ? '-' : r.trainSeconds.toFixed(2),
    r.status,
  ]);
  return textTable(['init', 'seed', ...(withData ? ['data seed'] : []), 'final cost', 'train acc', 'test acc', 'seconds', 'status'], rows);
}
