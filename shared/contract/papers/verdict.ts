// What a paper preset's check says about a set of runs, and the run facts it judges from.
import type { RunStatus } from '../records';

/** A paper's finding judged on this run: reproduced, not reproduced, or pending until the runs it needs have ended. */
export interface PaperVerdict {
  verdict: 'reproduced' | 'not_reproduced' | 'pending';
  /** One sentence with the numbers the verdict rests on. */
  why: string;
}

/** What a paper check reads from one run: its arm, depth (hidden layers), outcome and cost curve. */
export interface PaperRun {
  arm: string;
  status: RunStatus;
  /** Hidden layers of the run's network. */
  depth: number;
  /** The run's learning rate (null when its config does not say). */
  lr: number | null;
  trainAccuracy: number | null;
  finalCost: number | null;
  costs: readonly { iteration: number; cost: number }[];
  /** Per-layer std of activations and of the back-propagated gradient dA at initialization (hidden layers, then the output); empty when not recorded. */
  layersAtInit: readonly { aStd: number; daStd: number }[];
}

/**
 * A paper's depth experiment: what the paper found, the experiments that test it and the check. A preset of several
 * experiments is judged on the runs of all of them, as started together by one click.
 */
export interface PaperPreset {
  /** Tag the started experiments carry, so the experiment page finds the check again. */
  tag: string;
  /** Short citation, e.g. "He et al. 2015". */
  citation: string;
  title: string;
  /** The paper's finding in one or two sentences. */
  finding: string;
  /** What this preset trains, in one line. */
  design: string;
  experiments: readonly import('../config').ExperimentConfig[];
  reproduced: (runs: readonly PaperRun[]) => PaperVerdict;
  /** The paper plots activation and back-propagated gradient histograms per layer at initialization and after training: the page shows them. */
  histograms?: boolean;
}

/** Runs whose results are final enough to judge (done or diverged: both have an outcome). */
export function judged(runs: readonly PaperRun[]): PaperRun[] {
  return runs.filter((r) => r.status === 'done' || r.status === 'diverged');
}

/** The runs still to end (queued or running); a verdict waits for them. */
export function unfinished(runs: readonly PaperRun[]): PaperRun[] {
  return runs.filter((r) => r.status === 'queued' || r.status === 'running');
}

/** Mean of the values, or null for none. */
export function mean(xs: readonly number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

/** First iteration whose recorded cost is at most `target`, or null when the run never gets there. */
export function learningTime(costs: PaperRun['costs'], target: number): number | null {
  for (const c of costs) if (c.cost <= target) return c.iteration;
  return null;
}

/** A fraction as a percentage with one decimal. */
export function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

/** A PaperRun from what a run records: its arm, status, results, cost curve, checkpoints, layer sizes and learning rate. */
export function paperRunOf(r: {
  arm: string;
  status: RunStatus;
  trainAccuracy: number | null;
  finalCost: number | null;
  costs: readonly { iteration: number; cost: number }[];
  checkpoints: readonly { iteration: number; layers: readonly { aStd: number; daStd: number }[] }[];
  dims: readonly number[];
  lr: number | null;
}): PaperRun {
  const init = r.checkpoints.find((c) => c.iteration === 0);
  return {
    arm: r.arm,
    status: r.status,
    depth: Math.max(0, r.dims.length - 2),
    lr: r.lr,
    trainAccuracy: r.trainAccuracy,
    finalCost: r.finalCost,
    costs: r.costs,
    layersAtInit: init ? init.layers.map((l) => ({ aStd: l.aStd, daStd: l.daStd })) : [],
  };
}
