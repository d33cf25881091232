// The comparison of the deeplearning.ai AI Notes article on initialization, on MNIST: one click on the start page.
import { ExperimentConfigSchema, type ExperimentConfig } from './config';

/** 1/√3: LeCun's uniform bound √(3/n) times this is the article's 1/√n. */
const UNIFORM_TO_ONE_OVER_ROOT_N = 1 / Math.sqrt(3);

/**
 * "AI Notes: initialization on MNIST": the built-in digits, 784-300-300-300-300-10 tanh with a softmax output,
 * mini-batch SGD at lr 0.1 with batches of 100 for 10 epochs (800 updates over 8,000 training images), a checkpoint
 * every epoch with activation histograms, and the article's four starts: zeros, U[±1/√n], N(0, 1/n) and N(0, 1).
 */
export const AI_NOTES_MNIST_EXPERIMENT: ExperimentConfig = ExperimentConfigSchema.parse({
  name: 'AI Notes: initialization on MNIST',
  base: {
    data: { kind: 'mnist' },
    network: { dims: [784, 300, 300, 300, 300, 10], activation: 'tanh' },
    rng: 'numpy',
    optimizer: { name: 'sgd', lr: 0.1, batchSize: 100 },
    iterations: 800,
    loss: 'stable',
    record: { costEvery: 1, checkpointEvery: 80, boundaryGrid: 0, layerStats: true, histogramBins: 30 },
  },
  arms: [
    { label: 'Zero', init: { name: 'zeros' } },
    { label: 'Uniform U[±1/√n]', init: { name: 'lecun_uniform', multiplier: UNIFORM_TO_ONE_OVER_ROOT_N } },
    { label: 'Xavier N(0, 1/n)', init: { name: 'lecun_normal' } },
    { label: 'Standard normal N(0, 1)', init: { name: 'normal', params: { mean: 0, std: 1 } } },
  ],
  seeds: { init: [1], data: null },
});
