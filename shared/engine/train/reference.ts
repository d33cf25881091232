// The reference training path: plain loops over Float64Arrays, numpy's order of operations. It is the
// path every faster one is checked against; the loop itself is runLoop's (loop.ts).
import type { InputMatrix } from '../nn/inputs';
import { backward, createWorkspace, forward } from '../nn/network';
import { createCheckpointer } from '../record/checkpoint';
import type { RunResult, TrainHooks } from '../types';
import type { Batch } from './batches';
import { batchCapacity, runLoop, type TrainStep } from './loop';
import { cloneParams } from './params';
import type { RunSetup } from './setup';

/** Trains a prepared run with the reference arithmetic and returns everything it recorded. */
export function trainReference(setup: RunSetup, hooks: TrainHooks = {}): RunResult {
  return runLoop(setup, createReferenceStep(setup), hooks);
}

/** The reference arithmetic: the network's own forward and backward, checkpoints from passes of their own. */
function createReferenceStep(setup: RunSetup): TrainStep {
  const { net, loss, dataset } = setup;
  const L = net.dims.length - 1;
  const params = cloneParams(setup.initialParams);
  const capacity = batchCapacity(setup);
  const ws = createWorkspace(net.dims, capacity);
  const takeCheckpoint = createCheckpointer({ ...setup, record: setup.config.record });
  // Full batch: the whole training set, which an image set gives a chunk at a time (nn/inputs.ts).
  const whole = { x: setup.xTrain as Float64Array | InputMatrix, y: dataset.yTrain, m: dataset.nTrain };
  // A mini-batch's inputs, gathered as doubles (features × m) from its samples; a full-batch run has none.
  const x = new Float64Array(capacity < dataset.nTrain ? dataset.nFeatures * capacity : 0);
  let batch = whole;
  const gather = (next: Batch) => {
    setup.xTrain.gather(x, next.m, 0, next.m, next.samples);
    return { x, y: next.y, m: next.m };
  };
  return {
    params,
    grads: ws.grads,
    forward(next) {
      batch = next ? gather(next) : whole;
      forward(net, params, batch.x, batch.m, ws);
      return loss.cost(ws.Z[L - 1], ws.A[L - 1], batch.y, batch.m, ws.terms);
    },
    backward() {
      backward(net, params, batch.x, batch.y, batch.m, ws);
    },
    checkpoint: (iteration) => takeCheckpoint(params, iteration),
  };
}
