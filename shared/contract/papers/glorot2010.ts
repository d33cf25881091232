// Glorot & Bengio 2010: a 5-layer tanh net, their "standard" init U[±1/√n] vs "normalized" U[±√6/√(n_in+n_out)].
import { ExperimentConfigSchema } from '../config';
import { judged, mean, pct, unfinished, type PaperPreset, type PaperRun, type PaperVerdict } from './verdict';

const DEPTH = 5;
const WIDTH = 64;
/** Standard's first-to-last hidden-layer gradient ratio must be below this share of normalized's. */
const SHRINK = 0.5;

/** Standard vs normalized on [2, 64×5, 1] tanh: moons, mini-batch SGD, histograms at initialization and at the end. */
export const GLOROT_2010_EXPERIMENT = ExperimentConfigSchema.parse({
  name: 'Glorot & Bengio 2010: 5 tanh layers, standard vs normalized',
  base: {
    data: { kind: 'moons', nTrain: 300, nTest: 100, noise: 0.15, seed: 1 },
    network: { dims: [2, ...Array<number>(DEPTH).fill(WIDTH), 1], activation: 'tanh' },
    optimizer: { name: 'sgd', lr: 0.05, batchSize: 20 },
    iterations: 1500,
    record: { costEvery: 10, checkpointEvery: 250, boundaryGrid: 50, layerStats: true, histogramBins: 30 },
  },
  arms: [
    { label: 'Standard', init: { name: 'glorot_standard' } },
    { label: 'Normalized', init: { name: 'xavier_uniform' } },
  ],
  seeds: { init: [1], data: null },
});

/**
 * How much of the back-propagated gradient reaches the first hidden layer: std of dA at layer 1 over std of dA at
 * the last hidden layer, at initialization (1 = none lost). Null without recorded layer statistics.
 */
export function gradientRatio(r: PaperRun): number | null {
  const hidden = r.layersAtInit.slice(0, -1);
  if (hidden.length < 2) return null;
  const first = hidden[0].daStd;
  const last = hidden[hidden.length - 1].daStd;
  return Number.isFinite(first) && Number.isFinite(last) && last > 0 ? first / last : null;
}

/** Reproduced when, at initialization, standard's gradient ratio is under half of normalized's (its gradients vanish toward the input). */
export function reproducedGlorot2010(runs: readonly PaperRun[]): PaperVerdict {
  if (unfinished(runs).length) return { verdict: 'pending', why: 'Waiting for the runs to finish.' };
  const ratio = (arm: string) => mean(judged(runs).filter((r) => r.arm === arm).flatMap((r) => gradientRatio(r) ?? []));
  const acc = (arm: string) => mean(judged(runs).filter((r) => r.arm === arm).map((r) => r.trainAccuracy ?? 0));
  const standard = ratio('Standard');
  const normalized = ratio('Normalized');
  if (standard === null || normalized === null) return { verdict: 'pending', why: 'Needs finished Standard and Normalized runs with layer statistics.' };
  const numbers =
    `std of the back-propagated gradient, layer 1 over layer ${DEPTH}: ${standard.toPrecision(2)} (standard) vs ${normalized.toPrecision(2)} (normalized); ` +
    `train accuracy ${pct(acc('Standard') ?? 0)} vs ${pct(acc('Normalized') ?? 0)}`;
  if (standard < SHRINK * normalized) return { verdict: 'reproduced', why: `${numbers}: the standard init's gradients shrink toward the input, normalized keeps them.` };
  return { verdict: 'not_reproduced', why: `${numbers}: the standard init's gradients did not shrink clearly more.` };
}

/** The Glorot & Bengio 2010 preset. */
export const GLOROT_2010: PaperPreset = {
  tag: 'paper:glorot2010',
  citation: 'Glorot & Bengio 2010',
  title: 'Tanh nets: standard vs normalized init',
  finding:
    'With the standard U[±1/√n], the back-propagated gradients shrink layer by layer toward the input (variance ×1/3 per layer); the normalized U[±√6/√(n_in+n_out)] keeps activation and gradient variance about the same in every layer.',
  design: `One experiment: [2, ${WIDTH}×${DEPTH}, 1] tanh on moons, SGD, ${GLOROT_2010_EXPERIMENT.base.iterations} updates; per-layer histograms at initialization and after training.`,
  experiments: [GLOROT_2010_EXPERIMENT],
  reproduced: reproducedGlorot2010,
  histograms: true,
};
