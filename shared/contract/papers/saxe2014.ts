// Saxe et al. 2014: deep linear nets learn in a depth-independent time from orthogonal weights, not from Gaussian ones.
import { ExperimentConfigSchema, type ExperimentConfig } from '../config';
import { judged, learningTime, mean, unfinished, type PaperPreset, type PaperRun, type PaperVerdict } from './verdict';

/** Hidden layers of the experiments, one experiment per depth (an experiment's arms share one network). */
export const SAXE_DEPTHS = [2, 8, 32] as const;
const WIDTH = 16;
const ITERATIONS = 400;
/** Learning time: the first iteration whose train cost is at most this. */
export const SAXE_TARGET_COST = 0.1;

/**
 * Orthogonal (gain 1) vs Gaussian N(0, 2/(n_in+n_out)) for one depth of linear hidden layers: on the square
 * hidden-to-hidden layers both have variance 1/n per entry; LeCun's 1/fan_in would make the 2→16 input layer 8× larger.
 */
function saxeExperiment(depth: number): ExperimentConfig {
  return ExperimentConfigSchema.parse({
    name: `Saxe et al. 2014: ${depth} linear layers, orthogonal vs Gaussian`,
    base: {
      data: { kind: 'blobs', nTrain: 200, nTest: 100, noise: 0.1, seed: 1, params: { spread: 0.5 } },
      network: { dims: [2, ...Array<number>(depth).fill(WIDTH), 1], activation: 'linear' },
      optimizer: { name: 'gd', lr: 0.01 },
      iterations: ITERATIONS,
      record: { costEvery: 5, checkpointEvery: 200, boundaryGrid: 50, layerStats: true, histogramBins: 20 },
    },
    arms: [
      { label: 'Orthogonal', init: { name: 'orthogonal' } },
      { label: 'Gaussian', init: { name: 'xavier_normal' } },
    ],
    seeds: { init: [1, 2, 3], data: null },
  });
}

/** One experiment per depth in SAXE_DEPTHS. */
export const SAXE_2014_EXPERIMENTS: readonly ExperimentConfig[] = SAXE_DEPTHS.map(saxeExperiment);

/** An arm's mean learning time at a depth; a run that never reaches the target counts as the full budget. */
function armTime(runs: readonly PaperRun[], arm: string, depth: number): number | null {
  const at = runs.filter((r) => r.arm === arm && r.depth === depth);
  const last = (r: PaperRun) => r.costs[r.costs.length - 1]?.iteration ?? 0;
  return mean(at.map((r) => learningTime(r.costs, SAXE_TARGET_COST) ?? last(r) + 1));
}

/**
 * Reproduced when orthogonal learns no slower than Gaussian at every depth present, and, when several depths are
 * present, orthogonal's time from the shallowest to the deepest grows by a smaller factor than Gaussian's.
 */
export function reproducedSaxe2014(runs: readonly PaperRun[]): PaperVerdict {
  if (unfinished(runs).length) return { verdict: 'pending', why: 'Waiting for the runs to finish.' };
  const done = judged(runs);
  const depths = [...new Set(done.map((r) => r.depth))].sort((a, b) => a - b);
  const rows = depths.flatMap((d) => {
    const o = armTime(done, 'Orthogonal', d);
    const g = armTime(done, 'Gaussian', d);
    return o === null || g === null ? [] : [{ d, o, g }];
  });
  if (!rows.length) return { verdict: 'pending', why: 'Needs finished Orthogonal and Gaussian runs.' };
  const table = rows.map((r) => `${r.d} layers: ${r.o.toFixed(0)} vs ${r.g.toFixed(0)}`).join('; ');
  const numbers = `iterations to a cost of ${SAXE_TARGET_COST} (orthogonal vs Gaussian), ${table}`;
  const slower = rows.filter((r) => r.o > r.g);
  if (slower.length) return { verdict: 'not_reproduced', why: `${numbers}: orthogonal was slower at ${slower.map((r) => r.d).join(', ')} layers.` };
  if (rows.length === 1) return { verdict: 'reproduced', why: `${numbers}: orthogonal is no slower at this depth (the other depths are their own experiments).` };
  const first = rows[0];
  const last = rows[rows.length - 1];
  const growO = last.o / first.o;
  const growG = last.g / first.g;
  const growth = `from ${first.d} to ${last.d} layers orthogonal's time ×${growO.toFixed(2)}, Gaussian's ×${growG.toFixed(2)}`;
  if (growO < growG) return { verdict: 'reproduced', why: `${numbers}; ${growth}.` };
  return { verdict: 'not_reproduced', why: `${numbers}; ${growth}: Gaussian's time did not grow faster with depth.` };
}

/** The Saxe et al. 2014 preset. */
export const SAXE_2014: PaperPreset = {
  tag: 'paper:saxe2014',
  citation: 'Saxe et al. 2014',
  title: 'Deep linear nets: orthogonal vs Gaussian',
  finding:
    'In a deep linear net, orthogonal weights make learning time nearly independent of depth; Gaussian weights of the same scale (1/n per entry) learn more slowly the deeper the net.',
  design: `${SAXE_DEPTHS.length} experiments, one per depth (${SAXE_DEPTHS.join(', ')} linear hidden layers of ${WIDTH}, sigmoid output, blobs, GD, ${ITERATIONS} updates, 3 seeds), each orthogonal vs Gaussian; learning time = first iteration at a cost ≤ ${SAXE_TARGET_COST}.`,
  experiments: SAXE_2014_EXPERIMENTS,
  reproduced: reproducedSaxe2014,
};
