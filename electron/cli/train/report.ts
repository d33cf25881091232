// What `train` prints: the JSON document, or the course's own lines per run and a summary table.
import type { RunResult } from '../../../shared/engine/types';
import { pyFloat } from '../format/py-float';
import { textTable } from '../format/table';
import type { PlannedRun } from './plan';

/** A finished run with the plan it came from. */
export interface FinishedRun {
  run: PlannedRun;
  result: RunResult;
}

/** One run in the JSON document; non-finite costs become strings when serialised (see toJson). */
export interface RunJson {
  init: string;
  initSeed: number;
  outcome: RunResult['outcome'];
  costs: { iteration: number; cost: number }[];
  finalCost: number;
  trainAccuracy: number;
  testAccuracy: number;
  trainSeconds: number;
}

/** The costs at every logEvery-th iteration, iteration 0 included. */
export function reportedCosts(result: RunResult, logEvery: number): { iteration: number; cost: number }[] {
  return result.costs.filter((p) => p.iteration % logEvery === 0).map((p) => ({ iteration: p.iteration, cost: p.cost }));
}

/** The JSON shape of one finished run. */
export function runJson({ run, result }: FinishedRun, logEvery: number): RunJson {
  return {
    init: run.label,
    initSeed: run.config.initSeed,
    outcome: result.outcome,
    costs: reportedCosts(result, logEvery),
    finalCost: result.finalCost,
    trainAccuracy: result.trainAccuracy,
    testAccuracy: result.testAccuracy,
    trainSeconds: result.trainSeconds,
  };
}

/** One run as the course prints it: a heading, "Cost after iteration N: x" lines, then train and test accuracy. */
export function runText({ run, result }: FinishedRun, logEvery: number): string {
  const lines = [`== ${run.label} (init seed ${run.config.initSeed}) ==`];
  for (const p of reportedCosts(result, logEvery)) lines.push(`Cost after iteration ${p.iteration}: ${pyFloat(p.cost)}`);
  if (result.divergedAt !== null) lines.push(`Diverged at iteration ${result.divergedAt}`);
  lines.push('On the train set:', `Accuracy: ${result.trainAccuracy}`, 'On the test set:', `Accuracy: ${result.testAccuracy}`);
  return lines.join('\n');
}

/** The closing table: one row per run. */
export function summaryText(runs: FinishedRun[]): string {
  const rows = runs.map(({ run, result }) => [
    run.label,
    String(run.config.initSeed),
    pyFloat(result.finalCost),
    String(result.trainAccuracy),
    String(result.testAccuracy),
    result.trainSeconds.toFixed(2),
    result.outcome,
  ]);
  return textTable(['init', 'seed', 'final cost', 'train acc', 'test acc', 'seconds', 'outcome'], rows);
}
