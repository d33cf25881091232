// The reference training loop: plain loops over Float64Arrays, numpy's order of operations. It is the
// path every faster one is checked against. One iteration is one parameter update; the cost of
// iteration i comes from the forward pass before the i-th update, as the course records it.
import { OPTIMIZERS } from '../optim';
import { backward, createWorkspace, forward } from '../nn/network';
import { createCheckpointer } from '../record/checkpoint';
import type { Checkpoint, CostPoint, Params, RunOutcome, RunResult, TrainHooks } from '../types';
import { createBatcher } from './batches';
import { createReporter } from './progress';
import type { RunSetup } from './setup';

/** A deep copy of parameters. */
export function cloneParams(p: Params): Params {
  return { dims: [...p.dims], W: p.W.map((w) => w.slice()), b: p.b.map((b) => b.slice()) };
}

/** Whether every weight and bias is finite (x·0 is NaN exactly for ±∞ and NaN). */
export function paramsFinite(p: Params): boolean {
  let s = 0;
  for (const w of p.W) for (let i = 0; i < w.length; i++) s += w[i] * 0;
  for (const b of p.b) for (let i = 0; i < b.length; i++) s += b[i] * 0;
  return s === 0;
}

/** Trains a prepared run with the reference loop and returns everything it recorded. */
export function trainReference(setup: RunSetup, hooks: TrainHooks = {}): RunResult {
  const { config, dataset, net, loss, xTrain } = setup;
  const { iterations, record } = config;
  const m = dataset.nTrain;
  const L = net.dims.length - 1;
  const batchSize = config.optimizer.batchSize;
  const fullBatch = batchSize === null || batchSize >= m;
  const nextBatch = fullBatch ? null : createBatcher(xTrain, dataset.yTrain, dataset.nFeatures, m, batchSize, setup.batchRng);
  const params = cloneParams(setup.initialParams);
  const optimizer = OPTIMIZERS[config.optimizer.name].create(params, config.optimizer);
  const ws = createWorkspace(net.dims, fullBatch ? m : batchSize);
  const takeCheckpoint = createCheckpointer({ ...setup, record });
  const reporter = createReporter(hooks, iterations);

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
    if (i % record.checkpointEvery === 0) keep(takeCheckpoint(params, i));
    const batch = nextBatch ? nextBatch() : { x: xTrain, y: dataset.yTrain, m };
    forward(net, params, batch.x, batch.m, ws);
    cost = loss.cost(ws.Z[L - 1], ws.A[L - 1], batch.y, batch.m, ws.terms);
    if (firstNonFiniteIteration === null && !Number.isFinite(cost)) firstNonFiniteIteration = i;
    if (i % record.costEvery === 0) {
      const point = { iteration: i, cost };
      costs.push(point);
      reporter.cost(point);
    }
    // +∞ is the course's confidently wrong start and training recovers from it; NaN is not recoverable.
    if (cost !== cost) {
      outcome = 'diverged';
      divergedAt = i;
      break;
    }
    backward(net, params, batch.x, batch.y, batch.m, ws);
    optimizer.step(params, ws.grads);
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
  const final = last && last.iteration === updates ? last : takeCheckpoint(params, updates);
  if (final !== last) keep(final);
  reporter.flush(updates, cost);
  return {
    outcome,
    iterationsRun: updates,
    costEvery: record.costEvery,
    costs,
    checkpoints,
    initialParams: cloneParams(setup.initialParams),
    finalParams: params,
    trainAccuracy: final.trainAccuracy,
    testAccuracy: final.testAccuracy,
    finalCost: final.cost,
    firstNonFiniteIteration,
    divergedAt,
    trainSeconds,
  };
}
