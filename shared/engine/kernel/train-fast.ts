// The fast training path: the reference's arithmetic (train/reference.ts) run by the WebAssembly kernels,
// inside the same loop (train/loop.ts). Parameters live in the kernels' memory, and so do the optimizer's
// state and its update (update.ts); every recorded number is bit-identical to the reference path's.
import type { Batch } from '../train/batches';
import { batchCapacity, runLoop, type TrainStep } from '../train/loop';
import type { RunSetup } from '../train/setup';
import type { RunResult, TrainHooks } from '../types';
import { createFastCheckpointer } from './checkpoints';
import { createKernelNet } from './instance';
import { createOutputPass } from './output';
import { loadInputSet } from './load-set';
import { createBatchLoader } from './load-batch';
import { backward, forwardLogits, paddedCount } from './passes';
import { sharedFunctions } from './shared-module';
import { createKernelUpdate, updateStateBytes } from './update';

/** Trains a prepared run on the kernels and returns everything it recorded, as trainReference would. */
export function trainFast(setup: RunSetup, hooks: TrainHooks = {}): RunResult {
  return runLoop(setup, createFastStep(setup), hooks);
}

/** The kernels' arithmetic for the shared loop. */
function createFastStep(setup: RunSetup): TrainStep {
  const { config, dataset, net: network } = setup;
  const m = dataset.nTrain;
  const L = network.dims.length - 1;
  const capacity = batchCapacity(setup);
  const fullBatch = capacity === m;
  const net = createKernelNet({
    dims: network.dims,
    activation: network.hiddenName,
    activationParams: network.hiddenParams,
    capacity,
    stateBytes: updateStateBytes(network.dims, config.optimizer.name),
  });
  const params = net.params;
  for (let l = 0; l < L; l++) {
    params.W[l].set(setup.initialParams.W[l]);
    params.b[l].set(setup.initialParams.b[l]);
  }
  const K = network.dims[L];
  const ld = net.layout.ld;
  const output = createOutputPass(net.layout.capacity, K);
  const checkpointer = createFastCheckpointer(setup, fullBatch ? net : null);
  const { hidden, hiddenParams } = network;
  const loss = config.loss;
  const Z = net.Z[L];
  const A = net.A[L];
  const dZ = net.dZ[L];
  const Y = net.Y;

  const fns = sharedFunctions(net);
  const loadBatch = createBatchLoader(net, fns, dataset.xTrain);
  const load = (batch: Batch): void => {
    loadBatch(batch);
    output.setLabels(Y, batch.m);
    dZ.fill(0, batch.m, paddedCount(batch.m));
  };
  if (fullBatch) {
    loadInputSet(net, setup.xTrain, dataset.yTrain, m);
    output.setLabels(Y, m);
    dZ.fill(0, m, paddedCount(m));
  }

  let n = m;
  // Whether the net holds a forward and backward pass over the whole training set at the current
  // parameters: a full-batch checkpoint iteration's own pass, which its checkpoint summarises.
  let wholePass = false;
  return {
    params,
    grads: net.grads,
    forward(batch, checkpoint) {
      if (batch) {
        n = batch.m;
        load(batch);
      }
      wholePass = checkpoint && fullBatch;
      forwardLogits(net, n, hidden, hiddenParams, wholePass);
      const cost = output.run(Z, A, Y, dZ, n, loss, ld);
      if (wholePass) backward(net, n, hidden, hiddenParams);
      return cost;
    },
    backward() {
      if (!wholePass) backward(net, n, hidden, hiddenParams);
      // The update follows: the pass no longer matches the parameters.
      wholePass = false;
    },
    checkpoint(iteration) {
      return wholePass ? checkpointer.fromTrainingPass(net, params, iteration) : checkpointer.take(params, iteration);
    },
    update: createKernelUpdate(net, fns, config.optimizer.name, config.optimizer),
  };
}
