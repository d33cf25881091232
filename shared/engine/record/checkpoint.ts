// Checkpoints: one full forward and backward pass on the training set, plus the test set and the
// boundary grid, taken only at checkpoint iterations so recording stays cheap in between.
import type { RecordConfig } from '../../contract/config';
import type { Loss } from '../nn/loss';
import { backward, createWorkspace, forward, type Network, type Workspace } from '../nn/network';
import type { BoundaryGrid, Checkpoint, Dataset, LayerHistogram, Params } from '../types';
import { accuracy } from './accuracy';
import { createBoundaryEvaluator } from './boundary';
import { histogram } from './histogram';
import { layerStats } from './layer-stats';

/** What a checkpointer needs to know about a run. */
export interface CheckpointInputs {
  net: Network;
  loss: Loss;
  dataset: Dataset;
  /** Training inputs, features × samples. */
  xTrain: Float64Array;
  /** Test inputs, features × samples. */
  xTest: Float64Array;
  record: RecordConfig;
}

/** Takes the checkpoint of a parameter state at an iteration (the state after that many updates). */
export type Checkpointer = (params: Params, iteration: number) => Checkpoint;

/** A checkpointer with its own workspaces, independent of how the training loop computes. */
export function createCheckpointer(inputs: CheckpointInputs): Checkpointer {
  const { net, dataset, xTrain, xTest, record } = inputs;
  const train = createWorkspace(net.dims, dataset.nTrain);
  const test = createWorkspace(net.dims, Math.max(1, dataset.nTest));
  const boundary = record.boundaryGrid > 0 ? createBoundaryEvaluator(net, dataset, record.boundaryGrid) : null;
  return (params, iteration) => {
    const m = dataset.nTrain;
    forward(net, params, xTrain, m, train);
    backward(net, params, xTrain, dataset.yTrain, m, train);
    const testProbs = dataset.nTest > 0 ? forward(net, params, xTest, dataset.nTest, test) : null;
    return checkpointFromPasses(inputs, params, iteration, train, testProbs, boundary ? boundary(params) : null);
  };
}

/**
 * A checkpoint from passes already made: `train` holds a forward and backward pass over the whole training
 * set at `params`, testProbs the test set's output probabilities (null without a test set). Lets a faster
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
  const { net, loss, dataset, record } = inputs;
  const L = net.dims.length - 1;
  const m = dataset.nTrain;
  const checkpoint: Checkpoint = {
    iteration,
    cost: loss.cost(train.Z[L - 1], train.A[L - 1], dataset.yTrain, m, train.terms),
    trainAccuracy: accuracy(train.A[L - 1], dataset.yTrain, m),
    testAccuracy: testProbs ? accuracy(testProbs, dataset.yTest, dataset.nTest) : NaN,
    layers: record.layerStats ? layerStats(net, params, train, m) : [],
    boundary,
  };
  if (record.histogramBins > 0) checkpoint.histograms = histograms(params, train.A, net.dims, m, record.histogramBins);
  return checkpoint;
}

function histograms(params: Params, A: Float64Array[], dims: readonly number[], m: number, bins: number): LayerHistogram[] {
  return params.W.map((W, l) => ({
    layer: l + 1,
    weights: histogram(W, bins),
    activations: histogram(A[l], bins, dims[l + 1] * m),
  }));
}
