// What a finished experiment prints, for `train` and `experiment run` alike.
import type { ExperimentOutcome } from '../execute';
import { toJson } from '../format/json';
import type { CliIo } from '../io';
import { runJson, runText, runsTable } from './runs';
import { armStats, armsTable, comparisonsTable, pairComparisons } from './stats';

/** How to print: JSON or text, the cost interval, and whether the runs were stored (ids are then shown). */
export interface ReportOptions {
  json: boolean;
  logEvery: number;
  saved: boolean;
}

/** Prints the outcome; with several seeds per arm, adds each arm's statistics and the pairwise comparisons. */
export function printExperiment(io: CliIo, outcome: ExperimentOutcome, opts: ReportOptions): void {
  const { runs } = outcome;
  // Several seeds per arm, whether or not they all finished.
  const repeated = runs.some((r, i) => runs.findIndex((o) => o.arm === r.arm) !== i);
  if (opts.json) {
    const doc = {
      ...(opts.saved ? { experimentId: outcome.experimentId } : {}),
      classes: runs[0]?.classes ?? [],
      runs: runs.map((r) => runJson(r, opts.logEvery, opts.saved)),
      ...(repeated ? { arms: armStats(runs), comparisons: pairComparisons(runs) } : {}),
    };
    io.stdout.write(`${toJson(doc)}\n`);
    return;
  }
  if (!repeated) for (const r of runs) io.stdout.write(`${runText(r, opts.logEvery)}\n\n`);
  io.stdout.write(`${runsTable(runs)}\n`);
  if (repeated) {
    io.stdout.write(`\nPer arm, over seeds:\n${armsTable(armStats(runs))}\n`);
    const comparisons = pairComparisons(runs);
    if (comparisons.length > 0) io.stdout.write(`\nPairwise (a − b):\n${comparisonsTable(comparisons)}\n`);
  }
  if (outcome.interrupted) {
    const finished = runs.filter((r) => r.status === 'done' || r.status === 'diverged').length;
    const cancelled = runs.filter((r) => r.status === 'cancelled' || r.status === 'interrupted').length;
    io.stdout.write(`\nInterrupted: ${finished} of ${runs.length} runs finished, ${cancelled} cancelled.\n`);
  }
  if (opts.saved) {
    const failed = runs.filter((r) => r.status === 'failed').length;
    io.stdout.write(`\nSaved as experiment ${outcome.experimentId}${failed > 0 ? `, but ${failed} of ${runs.length} runs failed` : ''}.\n`);
  }
}

/** One stderr line when runs failed: how many, the first reason, and (for saved runs) the data directory; null when none failed. */
export function failureLine(outcome: ExperimentOutcome, saved: boolean): string | null {
  const failed = outcome.runs.filter((r) => r.status === 'failed');
  if (failed.length === 0) return null;
  const where = saved ? `; data directory ${outcome.dataDir}` : '';
  return `${failed.length} of ${outcome.runs.length} runs failed (${failed[0].errorMessage ?? 'no reason recorded'})${where}`;
}

/** The exit status after an experiment: 130 if interrupted, 1 if a run failed, else 0. */
export function experimentStatus(outcome: ExperimentOutcome): number {
  if (outcome.interrupted) return 130;
  return outcome.runs.some((r) => r.status === 'failed') ? 1 : 0;
}
