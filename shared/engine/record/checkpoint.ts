// Checkpoints: one full forward and backward pass on the training set, plus the test set and the
// boundary grid, taken only at checkpoint iterations so recording stays cheap in between.
import type { RecordConfig } from '../../contract/config';
import type { Loss } from '../nn/loss';
import { backward, createWorkspace, forward, type Network } from '../nn/network';
import type { Checkpoint, Dataset, LayerHistogram, Params } from '../types';
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
  const { net, loss, dataset, xTrain, xTest, record } = inputs;
  const L = net.dims.length - 1;
  const train = createWorkspace(net.dims, dataset.nTrain);
  const test = createWorkspace(net.dims, Math.max(1, dataset.nTest));
  const boundary = record.boundaryGrid > 0 ? createBoundaryEvaluator(net, dataset, record.boundaryGrid) : null;
  return (params, iteration) => {
    const m = dataset.nTrain;
    const probs = forward(net, params, xTrain, m, train);
    backward(net, params, xTrain, dataset.yTrain, m, train);
    const cost = loss.cost(train.Z[L - 1], train.A[L - 1], dataset.yTrain, m, train.terms);
    const trainAccuracy = accuracy(probs, dataset.yTrain, m);
    const testAccuracy = dataset.nTest > 0 ? accuracy(forward(net, params, xTest, dataset.nTest, test), dataset.yTest, dataset.nTest) : NaN;
    const checkpoint: Checkpoint = {
      iteration,
      cost,
      trainAccuracy,
      testAccuracy,
      layers: record.layerStats ? layerStats(net, params, train, m) : [],
      boundary: boundary ? boundary(params) : null,
    };
    if (record.histogramBins > 0) checkpoint.histograms = histograms(params, train.A, net.dims, m, record.histogramBins);
    return checkpoint;
  };
}

function histograms(params: Params, A: Float64Array[], dims: readonly number[], m: number, bins: number): LayerHistogram[] {
  return params.W.map((W, l) => ({
    layer: l + 1,
    weights: histogram(W, bins),
    activations: histogram(A[l], bins, dims[l + 1] * m),
  }));
}
