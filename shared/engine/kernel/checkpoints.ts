// Checkpoints computed with the kernels: the same passes the reference checkpointer makes, summarised by
// the reference's own code (checkpointFromPasses, or summariseTraining for a set too large to load whole into
// the kernels), so a checkpoint is bit-identical whichever path took it.
import { ACTIVATIONS } from '../nn/activations';
import { applyOutput } from '../nn/output';
import { createWorkspace, type Workspace } from '../nn/network';
import { boundaryPoints } from '../record/boundary';
import { checkpointFromPasses, checkpointFromSummary, type CheckpointInputs } from '../record/checkpoint';
import { DEFAULT_PASS_PLAN, summariseTraining, summaryBuffers } from '../record/chunked-passes';
import type { RunSetup } from '../train/setup';
import type { BoundaryGrid, Checkpoint, Params } from '../types';
import { createKernelNet, type KernelNet } from './instance';
import { createOutputPass } from './output';
import type { InputMatrix } from '../nn/inputs';
import { loadInputSet } from './load-set';
import { backward, forwardLogits, loadInputs } from './passes';

/** Grid points evaluated per forward pass. */
const GRID_CHUNK = 1024;

/**
 * A training set held as bytes whose inputs (and their transpose) would take more than this in the kernels' memory
 * is not loaded whole for checkpoints: its pass is the reference checkpointer's, a chunk of samples at a time
 * (record/chunked-passes.ts), and the test set is evaluated GRID_CHUNK samples at a time (60,000 28×28 images:
 * 750 MB of inputs and the whole set's activations kept out of memory).
 */
export const WHOLE_SET_KERNEL_BYTES = 2 ** 28;

const sigmoid = ACTIVATIONS.sigmoid.f;

/** The fast path's checkpointer. */
export interface FastCheckpointer {
  /** A checkpoint from `net`, which holds a forward and backward pass over the whole training set at `params`. */
  fromTrainingPass(net: KernelNet, params: Params, iteration: number): Checkpoint;
  /** A checkpoint that makes its own passes (on `fullNet` when given, a net holding the training set). */
  take(params: Params, iteration: number): Checkpoint;
}

/**
 * A checkpointer for a run. `fullNet` is the training net when it trains full-batch (its inputs are the
 * training set); otherwise the training set is loaded into an evaluation net of its own.
 */
export function createFastCheckpointer(setup: RunSetup, fullNet: KernelNet | null): FastCheckpointer {
  const { config, dataset, net: network, xTrain, xTest } = setup;
  const inputs: CheckpointInputs = { ...setup, record: config.record };
  const m = dataset.nTrain;
  const L = network.dims.length - 1;
  const K = network.dims[L];
  // As the reference's boundary evaluator: a grid only for one sigmoid unit.
  const grid = config.record.boundaryGrid > 0 && K === 1 ? boundaryPoints(dataset, config.record.boundaryGrid) : null;
  const gridTotal = grid ? config.record.boundaryGrid ** 2 : 0;
  const inChunks = !fullNet && xTrain.dense === null && m * network.dims[0] * 16 > WHOLE_SET_KERNEL_BYTES;
  // Whole-set passes copied out of the kernels (not made for a set taken in chunks).
  const ws = inChunks ? null : createWorkspace(network.dims, m);
  const buffers = summaryBuffers();
  const evalNet = createKernelNet({
    dims: network.dims,
    activation: network.hiddenName,
    activationParams: network.hiddenParams,
    capacity: inChunks ? Math.max(1, Math.min(GRID_CHUNK, Math.max(dataset.nTest, gridTotal))) : Math.max(1, dataset.nTest, Math.min(GRID_CHUNK, gridTotal), fullNet ? 0 : m),
  });
  const evalOutput = inChunks ? null : createOutputPass(Math.max(m, evalNet.layout.capacity), K);
  const testProbs = new Float64Array(K * dataset.nTest);

  const setParams = (target: KernelNet, params: Params): void => {
    if (target.params.W[0] === params.W[0]) return;
    for (let l = 0; l < L; l++) {
      target.params.W[l].set(params.W[l]);
      target.params.b[l].set(params.b[l]);
    }
  };

  // Output probabilities of n samples of feature-major x (row stride `stride`) into out[at..at + n) (softmax: K rows n apart).
  // With an InputMatrix, samples from … from+n−1; softmax rows go `outStride` apart in out.
  const probabilities = (x: Float64Array | InputMatrix, stride: number, n: number, out: Float64Array, at: number, from = 0, outStride = n): void => {
    if (x instanceof Float64Array) loadInputs(evalNet, x, stride, null, n, true);
    else loadInputSet(evalNet, x, null, n, true, from);
    forwardLogits(evalNet, n, network.hidden, network.hiddenParams, false);
    const z = evalNet.Z[L];
    if (K > 1) {
      const ld = evalNet.layout.ld;
      const a = evalNet.A[L];
      applyOutput(z, a, K, n, ld);
      for (let i = 0; i < K; i++) out.set(a.subarray(i * ld, i * ld + n), at + i * outStride);
      return;
    }
    for (let j = 0; j < n; j++) out[at + j] = sigmoid(z[j], ACTIVATIONS.sigmoid.defaults);
  };

  // The test set's probabilities and the boundary grid at params, from the evaluation net.
  const evaluate = (params: Params): { testProbs: Float64Array | null; boundary: BoundaryGrid | null } => {
    setParams(evalNet, params);
    if (dataset.nTest > 0 && inChunks) {
      // Each sample's outputs depend on that sample alone, so chunks give the same bits as one pass.
      const chunk = evalNet.layout.capacity;
      for (let from = 0; from < dataset.nTest; from += chunk) {
        probabilities(xTest, dataset.nTest, Math.min(chunk, dataset.nTest - from), testProbs, from, from, dataset.nTest);
      }
    } else if (dataset.nTest > 0) probabilities(xTest, dataset.nTest, dataset.nTest, testProbs, 0);
    let boundary: BoundaryGrid | null = null;
    if (grid) {
      const probs = new Float64Array(gridTotal);
      const chunk = evalNet.layout.capacity;
      for (let start = 0; start < gridTotal; start += chunk) {
        probabilities(grid.xs.subarray(start), gridTotal, Math.min(chunk, gridTotal - start), probs, start);
      }
      boundary = { size: config.record.boundaryGrid, ...grid.range, probs };
    }
    return { testProbs: dataset.nTest > 0 ? testProbs : null, boundary };
  };

  const summarise = (net: KernelNet, params: Params, iteration: number): Checkpoint => {
    copyPasses(net, ws!, m);
    const { testProbs: probs, boundary } = evaluate(params);
    return checkpointFromPasses(inputs, params, iteration, ws!, probs, boundary);
  };

  return {
    fromTrainingPass: summarise,
    take(params, iteration) {
      if (inChunks) {
        const train = summariseTraining(inputs, params, DEFAULT_PASS_PLAN, buffers);
        const { testProbs: probs, boundary } = evaluate(params);
        return checkpointFromSummary(inputs, params, iteration, train, probs, boundary);
      }
      const net = fullNet ?? evalNet;
      setParams(net, params);
      if (net === evalNet) {
        loadInputSet(net, xTrain, dataset.yTrain, m);
        evalOutput!.setLabels(net.Y, m);
      }
      forwardLogits(net, m, network.hidden, network.hiddenParams);
      net.dZ[L].fill(0, m);
      evalOutput!.run(net.Z[L], net.A[L], net.Y, net.dZ[L], m, null, net.layout.ld);
      backward(net, m, network.hidden, network.hiddenParams);
      return summarise(net, params, iteration);
    },
  };
}

/** Copies a kernel net's passes over m samples (row stride ld) into a reference workspace (row stride m). */
function copyPasses(net: KernelNet, ws: Workspace, m: number): void {
  const ld = net.layout.ld;
  const dims = net.layout.dims;
  for (let l = 1; l < dims.length; l++) {
    for (let i = 0; i < dims[l]; i++) {
      ws.Z[l - 1].set(net.Z[l].subarray(i * ld, i * ld + m), i * m);
      ws.A[l - 1].set(net.A[l].subarray(i * ld, i * ld + m), i * m);
      ws.dZ[l - 1].set(net.dZ[l].subarray(i * ld, i * ld + m), i * m);
    }
    ws.grads.dW[l - 1].set(net.grads.dW[l - 1]);
    ws.grads.db[l - 1].set(net.grads.db[l - 1]);
  }
}
