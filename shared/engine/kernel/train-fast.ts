// The fast training loop: the reference loop (train/reference.ts) step for step, with the passes run by
// the WebAssembly kernels. Parameters live in the kernels' memory and the optimizers update them there;
// every recorded number is bit-identical to the reference loop's.
import { OPTIMIZERS } from '../optim';
import { cloneParams, paramsFinite } from '../train/reference';
import { createBatcher } from '../train/batches';
import { createReporter } from '../train/progress';
import type { RunSetup } from '../train/setup';
import type { Checkpoint, CostPoint, RunOutcome, RunResult, TrainHooks } from '../types';
import { createFastCheckpointer } from './checkpoints';
import { createKernelNet } from './instance';
import { createOutputPass } from './output';
import { backward, forwardLogits, loadInputs, paddedCount } from './passes';

/** Trains a prepared run on the kernels and returns everything it recorded, as trainReference would. */
export function trainFast(setup: RunSetup, hooks: TrainHooks = {}): RunResult {
  const { config, dataset, net: network, xTrain } = setup;
  const { iterations, record } = config;
  const m = dataset.nTrain;
  const L = network.dims.length - 1;
  const batchSize = config.optimizer.batchSize;
  const fullBatch = batchSize === null || batchSize >= m;
  const nextBatch = fullBatch ? null : createBatcher(xTrain, dataset.yTrain, dataset.nFeatures, m, batchSize, setup.batchRng);
  const net = createKernelNet({
    dims: network.dims,
    activation: network.hiddenName,
    activationParams: network.hiddenParams,
    capacity: fullBatch ? m : batchSize,
  });
  const params = net.params;
  for (let l = 0; l < L; l++) {
    params.W[l].set(setup.initialParams.W[l]);
    params.b[l].set(setup.initialParams.b[l]);
  }
  const optimizer = OPTIMIZERS[config.optimizer.name].create(params, config.optimizer);
  const output = createOutputPass(net.layout.capacity);
  const checkpointer = createFastCheckpointer(setup, fullBatch ? net : null);
  const reporter = createReporter(hooks, iterations);
  const { hidden, hiddenParams } = network;
  const Z = net.Z[L];
  const A = net.A[L];
  const dZ = net.dZ[L];
  const Y = net.Y;

  const load = (x: Float64Array, y: Float64Array, n: number): void => {
    loadInputs(net, x, n, y, n);
    output.setLabels(Y, n);
    dZ.fill(0, n, paddedCount(n));
  };
  if (fullBatch) load(xTrain, dataset.yTrain, m);

  const costs: CostPoint[] = [];
  const checkpoints: Checkpoint[] = [];
  const keep = (c: Checkpoint) => {
    checkpoints.push(c);
    hooks.onCheckpoint?.(c);
  };
  let outcome: RunOutcome = 'done';
  let firstNonFiniteIteration: number | null = null;
  let divergedAt: number | null = null;
  let updates = 0;
  let cost = NaN;

  const start = reporter.now();
  for (let i = 0; i < iterations; i++) {
    const checkpointHere = i % record.checkpointEvery === 0;
    // A mini-batch run checkpoints on the whole training set, before its batch is drawn (as the reference).
    if (checkpointHere && !fullBatch) keep(checkpointer.take(params, i));
    let n = m;
    if (nextBatch) {
      const batch = nextBatch();
      n = batch.m;
      load(batch.x, batch.y, n);
    }
    // A full-batch checkpoint is this iteration's own pass, taken before the update.
    const backwardDone = checkpointHere && fullBatch;
    forwardLogits(net, n, hidden, hiddenParams, backwardDone);
    cost = output.run(Z, A, Y, dZ, n, config.loss);
    if (backwardDone) {
      backward(net, n, hidden, hiddenParams);
      keep(checkpointer.fromTrainingPass(net, params, i));
    }
    if (firstNonFiniteIteration === null && !Number.isFinite(cost)) firstNonFiniteIteration = i;
    if (i % record.costEvery === 0) {
      const point = { iteration: i, cost };
      costs.push(point);
      reporter.cost(point);
    }
    if (cost !== cost) {
      outcome = 'diverged';
      divergedAt = i;
      break;
    }
    if (!backwardDone) backward(net, n, hidden, hiddenParams);
    optimizer.step(params, net.grads);
    updates = i + 1;
    if (!paramsFinite(params)) {
      outcome = 'diverged';
      divergedAt = updates;
      break;
    }
    if (reporter.tick(updates, cost)) {
      if (updates < iterations) outcome = 'cancelled';
      break;
    }
  }
  const trainSeconds = (reporter.now() - start) / 1000;

  const last = checkpoints[checkpoints.length - 1];
  const final = last && last.iteration === updates ? last : checkpointer.take(params, updates);
  if (final !== last) keep(final);
  reporter.flush(updates, cost);
  return {
    outcome,
    iterationsRun: updates,
    costEvery: record.costEvery,
    costs,
    checkpoints,
    initialParams: cloneParams(setup.initialParams),
    finalParams: cloneParams(params),
    trainAccuracy: final.trainAccuracy,
    testAccuracy: final.testAccuracy,
    finalCost: final.cost,
    firstNonFiniteIteration,
    divergedAt,
    trainSeconds,
  };
}
