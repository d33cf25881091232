// Checkpoints: one full forward and backward pass on the training set (a chunk of samples at a time), plus the
// test set and the boundary grid, taken only at checkpoint iterations so recording stays cheap in between.
import type { RecordConfig } from '../../contract/config';
import { featureAt } from '../data/features';
import type { InputMatrix } from '../nn/inputs';
import type { Loss } from '../nn/loss';
import { createWorkspace, forward, type Network, type Workspace } from '../nn/network';
import { predictedClass } from '../nn/output';
import type { BoundaryGrid, Checkpoint, Dataset, Histogram, LayerStats, Params, PredictionSample } from '../types';
import { accuracy, confusionMatrix, perClassAccuracy } from './accuracy';
import { createBoundaryEvaluator } from './boundary';
import { DEFAULT_PASS_PLAN, summariseTraining, summaryBuffers, type PassPlan, type TrainingSummary } from './chunked-passes';
import { histogram } from './histogram';
import { forEachBackPropagated, layerStats, type DaVisitor } from './layer-stats';

/** What a checkpointer needs to know about a run. */
export interface CheckpointInputs {
  net: Network;
  loss: Loss;
  dataset: Dataset;
  /** Training inputs, features × samples. */
  xTrain: InputMatrix;
  /** Test inputs, features × samples. */
  xTest: InputMatrix;
  record: RecordConfig;
}

/** Takes the checkpoint of a parameter state at an iteration (the state after that many updates). */
export type Checkpointer = (params: Params, iteration: number) => Checkpoint;

/** Test samples a checkpoint's pass over the test set takes at a time. */
const TEST_CHUNK = 1024;

/**
 * A checkpointer with its own passes, independent of how the training loop computes: the training set a chunk at a
 * time (record/chunked-passes.ts, `plan`), the test set likewise, so no array spans a large set but its outputs.
 */
export function createCheckpointer(inputs: CheckpointInputs, plan: PassPlan = DEFAULT_PASS_PLAN): Checkpointer {
  const { net, dataset, record } = inputs;
  const boundary = record.boundaryGrid > 0 ? createBoundaryEvaluator(net, dataset, record.boundaryGrid) : null;
  const testProbabilities = createTestPass(inputs);
  const buffers = summaryBuffers();
  return (params, iteration) =>
    checkpointFromSummary(inputs, params, iteration, summariseTraining(inputs, params, plan, buffers), testProbabilities(params), boundary ? boundary(params) : null);
}

/** The test set's output probabilities (K × nTest, row stride nTest), forward passes over chunks; null without a test set. */
function createTestPass(inputs: CheckpointInputs): (params: Params) => Float64Array | null {
  const { net, dataset, xTest } = inputs;
  const n = dataset.nTest;
  if (n === 0) return () => null;
  const K = net.dims[net.dims.length - 1];
  const chunk = Math.min(TEST_CHUNK, n);
  const ws = createWorkspace(net.dims, chunk);
  const x = new Float64Array(net.dims[0] * chunk);
  return (params) => {
    const probs = new Float64Array(K * n);
    // Each sample's outputs depend on that sample alone: chunks give the bits of one pass over the set.
    for (let from = 0; from < n; from += chunk) {
      const c = Math.min(chunk, n - from);
      xTest.gather(x, c, from, c);
      const a = forward(net, params, x, c, ws);
      for (let i = 0; i < K; i++) probs.set(a.subarray(i * c, i * c + c), i * n + from);
    }
    return probs;
  };
}

/** Test samples an image data set's checkpoints show predictions for. */
export const PREDICTION_SAMPLE_SIZE = 36;

/**
 * A checkpoint from whole-set passes already made: `train` holds a forward and backward pass over the whole training
 * set at `params`, testProbs the test set's output probabilities (K × nTest, row stride nTest; null without a test set). Lets a faster
 * path compute the passes its own way and summarise them exactly as the reference does.
 */
export function checkpointFromPasses(
  inputs: CheckpointInputs,
  params: Params,
  iteration: number,
  train: Workspace,
  testProbs: Float64Array | null,
  boundary: BoundaryGrid | null,
): Checkpoint {
  return checkpointFromSummary(inputs, params, iteration, summaryOfPasses(inputs, params, train), testProbs, boundary);
}

/** The training set's checkpoint numbers from a workspace holding whole-set passes. */
function summaryOfPasses(inputs: CheckpointInputs, params: Params, train: Workspace): TrainingSummary {
  const { net, loss, dataset, record } = inputs;
  const L = net.dims.length - 1;
  const K = net.dims[L];
  const m = dataset.nTrain;
  const bins = record.histogramBins;
  // dA is computed once per checkpoint: layer statistics take its std, the histograms its distribution.
  const gradients: Histogram[] = [];
  const gradientHistogram: DaVisitor = (l, dA, size) => (gradients[l] = histogram(dA, bins, size));
  let layers: LayerStats[] = [];
  if (record.layerStats) layers = layerStats(net, params, train, m, bins > 0 ? gradientHistogram : undefined);
  else if (bins > 0) forEachBackPropagated(net, params, train, m, gradientHistogram);
  return {
    cost: loss.cost(train.Z[L - 1], train.A[L - 1], dataset.yTrain, m, train.terms),
    trainAccuracy: accuracy(train.A[L - 1], dataset.yTrain, m, K),
    layers,
    activations: bins > 0 ? train.A.map((A, l) => histogram(A, bins, net.dims[l + 1] * m)) : null,
    gradients: bins > 0 ? gradients : null,
    dW: train.grads.dW,
  };
}

/** A checkpoint from the training set's numbers, the test set's output probabilities and the boundary grid. */
export function checkpointFromSummary(
  inputs: CheckpointInputs,
  params: Params,
  iteration: number,
  train: TrainingSummary,
  testProbs: Float64Array | null,
  boundary: BoundaryGrid | null,
): Checkpoint {
  const { net, dataset, record } = inputs;
  const L = net.dims.length - 1;
  const K = net.dims[L];
  const nTest = dataset.nTest;
  const checkpoint: Checkpoint = {
    iteration,
    cost: train.cost,
    trainAccuracy: train.trainAccuracy,
    testAccuracy: testProbs ? accuracy(testProbs, dataset.yTest, nTest, K) : NaN,
    layers: train.layers,
    boundary,
  };
  const bins = record.histogramBins;
  if (bins > 0) {
    checkpoint.histograms = params.W.map((W, l) => ({
      layer: l + 1,
      weights: histogram(W, bins),
      activations: train.activations![l],
      gradients: train.gradients![l],
    }));
  }
  if (record.layerStats && weightCount(net.dims) <= CHECKPOINT_PARAMS_LIMIT) {
    checkpoint.params = { W: params.W.map((W) => W.slice()), dW: train.dW.map((dW) => dW.slice()) };
  }
  if (testProbs) {
    const confusion = confusionMatrix(testProbs, dataset.yTest, nTest, K, dataset.classes.length);
    checkpoint.confusion = confusion;
    checkpoint.perClassAccuracy = perClassAccuracy(confusion);
    if (dataset.image) checkpoint.predictionSample = predictionSample(dataset, testProbs, K);
  }
  return checkpoint;
}

/** Evenly spaced indices of `count` of n items (all of them when n ≤ count). */
export function sampleIndices(n: number, count: number): number[] {
  if (n <= count) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: count }, (_, i) => Math.floor((i * n) / count));
}

/** The fixed sample of test predictions, with the sampled images as 8-bit pixels. */
function predictionSample(dataset: Dataset, probs: Float64Array, K: number): PredictionSample {
  const n = dataset.nTest;
  const indices = sampleIndices(n, PREDICTION_SAMPLE_SIZE);
  const predicted = indices.map((j) => predictedClass(probs, j, K, n));
  const confidence = indices.map((j, s) => (K === 1 ? (predicted[s] === 1 ? probs[j] : 1 - probs[j]) : probs[predicted[s] * n + j]));
  let images: PredictionSample['images'] = null;
  if (dataset.image) {
    const d = dataset.nFeatures;
    const pixels = new Uint8Array(indices.length * d);
    indices.forEach((j, s) => {
      for (let p = 0; p < d; p++) pixels[s * d + p] = Math.round(255 * Math.min(1, Math.max(0, featureAt(dataset.xTest, j * d + p))));
    });
    images = { ...dataset.image, pixels };
  }
  return { indices, labels: indices.map((j) => dataset.yTest[j]), predicted, confidence, images };
}

/**
 * Checkpoints keep the weights and their gradient (for drawing the network link by link) only for nets of at
 * most this many weights: the course's net has 220, and at this limit a checkpoint holds 64 KiB of them.
 */
export const CHECKPOINT_PARAMS_LIMIT = 4096;

/** The number of weights (biases left out) of a net with these layer sizes. */
export function weightCount(dims: readonly number[]): number {
  let n = 0;
  for (let l = 1; l < dims.length; l++) n += dims[l] * dims[l - 1];
  return n;
}
