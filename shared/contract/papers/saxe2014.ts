// Saxe et al. 2014: deep linear nets learn in a depth-independent time from orthogonal weights, not from Gaussian ones.
import { ExperimentConfigSchema, type ExperimentConfig } from '../config';
import { judged, learningTime, mean, unfinished, type PaperPreset, type PaperRun, type PaperVerdict } from './verdict';

/** Hidden layers of the nets compared. */
export const SAXE_DEPTHS = [2, 8, 32] as const;
const WIDTH = 16;
/** The learning-rate grid, per depth: rate = factor / weight layers (depth + 1), the rate an orthogonal net's end-to-end map feels. */
export const SAXE_RATE_FACTORS = [0.25, 0.5, 1, 2] as const;
/** Mini-batch SGD updates per run, and the batch size. */
export const SAXE_ITERATIONS = 300;
const BATCH = 100;
/** Learning time: the first iteration whose (mini-batch) train cost is at most this. */
export const SAXE_TARGET_COST = 0.6;
/** Gaussian's best time must grow from the shallowest depth to the deepest by at least this many times orthogonal's growth. */
export const SAXE_SLOWER = 2;

/** The learning rate of a depth and grid factor (3 significant digits). */
export function saxeLearningRate(depth: number, factor: number): number {
  return Number((factor / (depth + 1)).toPrecision(3));
}

/**
 * Orthogonal (gain 1) vs Gaussian N(0, 1/fan_in) (LeCun normal) at one depth and learning rate. Every layer here has
 * fan_out ≤ fan_in, so an orthogonal matrix has orthonormal rows and entries of variance 1/fan_in: the same scale.
 */
function saxeExperiment(depth: number, factor: number): ExperimentConfig {
  const lr = saxeLearningRate(depth, factor);
  return ExperimentConfigSchema.parse({
    name: `Saxe et al. 2014: ${depth} linear layers, lr ${lr}`,
    base: {
      data: { kind: 'mnist' },
      network: { dims: [784, ...Array<number>(depth).fill(WIDTH), 10], activation: 'linear' },
      optimizer: { name: 'sgd', lr, batchSize: BATCH },
      iterations: SAXE_ITERATIONS,
      record: { costEvery: 5, checkpointEvery: SAXE_ITERATIONS, boundaryGrid: 0, layerStats: true, histogramBins: 20 },
    },
    arms: [
      { label: 'Orthogonal', init: { name: 'orthogonal' } },
      { label: 'Gaussian', init: { name: 'lecun_normal' } },
    ],
    seeds: { init: [1, 2], data: null },
  });
}

/** One experiment per depth and learning rate (an experiment's arms share one network and one rate). */
export const SAXE_2014_EXPERIMENTS: readonly ExperimentConfig[] = SAXE_DEPTHS.flatMap((d) => SAXE_RATE_FACTORS.map((f) => saxeExperiment(d, f)));

/** A run's learning time; a run that never reaches the target (or diverges) counts as the whole budget. */
function runTime(r: PaperRun): number {
  return (r.status === 'done' ? learningTime(r.costs, SAXE_TARGET_COST) : null) ?? SAXE_ITERATIONS;
}

/** An arm's best learning time at a depth, with the rate that gave it. */
interface Best {
  time: number;
  lr: number;
  /** Whether every seed at that rate reached the target (else the time is a lower bound). */
  reached: boolean;
}

/** An arm's best learning time at a depth over the learning rates tried (each rate's time the mean over its seeds). */
function bestOf(runs: readonly PaperRun[], arm: string, depth: number): Best | null {
  const at = runs.filter((r) => r.arm === arm && r.depth === depth);
  const rates = [...new Set(at.flatMap((r) => (r.lr === null ? [] : [r.lr])))].sort((a, b) => a - b);
  let best: Best | null = null;
  for (const lr of rates) {
    const seeds = at.filter((r) => r.lr === lr);
    const time = mean(seeds.map(runTime)) ?? SAXE_ITERATIONS;
    const reached = seeds.every((r) => runTime(r) < SAXE_ITERATIONS);
    if (!best || time < best.time) best = { time, lr, reached };
  }
  return best;
}

/** "48 (lr 0.0556)"; a lower bound when a seed missed the target; "≥300 (no rate)" when none reached it. */
const show = (b: Best) => (b.time >= SAXE_ITERATIONS ? `≥${SAXE_ITERATIONS} (no rate)` : `${b.reached ? '' : '≥'}${b.time.toFixed(0)} (lr ${b.lr})`);

/**
 * Each arm's learning time at each depth is its best over the learning rates tried. Reproduced when, from the
 * shallowest depth to the deepest, Gaussian's time grows by at least SAXE_SLOWER times orthogonal's growth and
 * orthogonal is the faster at the deepest depth.
 */
export function reproducedSaxe2014(runs: readonly PaperRun[]): PaperVerdict {
  if (unfinished(runs).length) return { verdict: 'pending', why: 'Waiting for the runs to finish.' };
  const done = judged(runs);
  const depths = [...new Set(done.map((r) => r.depth))].sort((a, b) => a - b);
  const rows = depths.flatMap((d) => {
    const o = bestOf(done, 'Orthogonal', d);
    const g = bestOf(done, 'Gaussian', d);
    return o === null || g === null ? [] : [{ d, o, g }];
  });
  if (rows.length < 2) return { verdict: 'pending', why: 'Needs finished Orthogonal and Gaussian runs at two depths or more.' };
  const table = rows.map((r) => `${r.d} layers: ${show(r.o)} vs ${show(r.g)}`).join('; ');
  const numbers = `best iterations to a cost of ${SAXE_TARGET_COST} over the learning rates (orthogonal vs Gaussian), ${table}`;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const growO = last.o.time / first.o.time;
  const growG = last.g.time / first.g.time;
  const growth = `from ${first.d} to ${last.d} layers orthogonal's time ×${growO.toFixed(2)}, Gaussian's ×${last.g.reached ? '' : '≥'}${growG.toFixed(2)}`;
  if (last.o.time >= last.g.time) return { verdict: 'not_reproduced', why: `${numbers}: orthogonal was not the faster at ${last.d} layers.` };
  if (growG < SAXE_SLOWER * growO) return { verdict: 'not_reproduced', why: `${numbers}; ${growth}: Gaussian's time did not grow ${SAXE_SLOWER}× as much.` };
  return { verdict: 'reproduced', why: `${numbers}; ${growth}: Gaussian's slows down with depth far more.` };
}

/** The Saxe et al. 2014 preset. */
export const SAXE_2014: PaperPreset = {
  tag: 'paper:saxe2014',
  citation: 'Saxe et al. 2014',
  title: 'Deep linear nets: orthogonal vs Gaussian',
  finding:
    'In a deep linear net trained on MNIST, with the learning rate tuned for each depth, orthogonal weights pay only a finite, depth-independent delay over a shallow net; Gaussian weights of the same scale (variance 1/n) learn ever more slowly the deeper the net.',
  design: `${SAXE_2014_EXPERIMENTS.length} experiments: [784, ${WIDTH}×depth, 10] linear nets, depth ${SAXE_DEPTHS.join(', ')}, on MNIST, SGD (batches of ${BATCH}, ${SAXE_ITERATIONS} updates, 2 seeds) at ${SAXE_RATE_FACTORS.length} learning rates per depth (${SAXE_RATE_FACTORS.join(', ')} ÷ (depth + 1)), orthogonal vs Gaussian N(0, 1/fan_in); learning time = the first iteration at a cost ≤ ${SAXE_TARGET_COST}, best over the rates.`,
  experiments: SAXE_2014_EXPERIMENTS,
  reproduced: reproducedSaxe2014,
};
