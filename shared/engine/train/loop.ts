// The training loop every path shares: iteration counting, the cost record, divergence, progress and
// cancellation, checkpoints and the result. A path supplies only the arithmetic, as a TrainStep; the
// loop owns the order, so every path records the same numbers at the same iterations.
import { OPTIMIZERS } from '../optim';
import { addWeightDecay, weightPenalty } from '../optim/weight-decay';
import type { Checkpoint, CostPoint, Grads, Params, RunOutcome, RunResult, TrainHooks } from '../types';
import { createCostRecorder } from '../record/cost-record';
import { createBatcher, type Batch } from './batches';
import { cloneParams, paramsFinite } from './params';
import { createReporter } from './progress';
import type { RunSetup } from './setup';

/** One path's arithmetic for one iteration, called by runLoop in a fixed order. */
export interface TrainStep {
  /** The parameters being trained, set to the initial ones; the optimizer updates them in place. */
  readonly params: Params;
  /** Where backward() leaves the gradients. */
  readonly grads: Grads;
  /**
   * The forward pass and cost of one iteration on `batch` (null: the whole training set). `checkpoint`
   * says checkpoint() follows for this iteration, at the same parameters.
   */
  forward(batch: Batch | null, checkpoint: boolean): number;
  /** Fills grads from the last forward pass. */
  backward(): void;
  /** The checkpoint of the current parameters after `iteration` updates. */
  checkpoint(iteration: number): Checkpoint;
  /**
   * The path's own parameter update, when it has one: one step of the run's optimizer with the gradients in
   * grads, then whether every weight and bias is still finite. It must do exactly the arithmetic of the
   * registry's optimizer followed by paramsFinite, which the loop runs when a step supplies none.
   */
  readonly update?: () => boolean;
}

/** The most samples one iteration trains on: the whole training set, or one mini-batch. */
export function batchCapacity(setup: RunSetup): number {
  const size = setup.config.optimizer.batchSize;
  const m = setup.dataset.nTrain;
  return size === null ? m : Math.min(size, m);
}

/** The registry's optimizer for the run, updating `params` in place, then the divergence test. */
function registryUpdate(setup: RunSetup, params: Params, grads: Grads): () => boolean {
  const optimizer = OPTIMIZERS[setup.config.optimizer.name].create(params, setup.config.optimizer);
  return () => {
    optimizer.step(params, grads);
    return paramsFinite(params);
  };
}

/**
 * Trains with `step` and returns everything the run recorded. One iteration is one parameter update; the
 * cost of iteration i comes from the forward pass before the i-th update, as the course records it.
 */
export function runLoop(setup: RunSetup, step: TrainStep, hooks: TrainHooks): RunResult {
  const { config, dataset } = setup;
  const { iterations, record } = config;
  const { costEvery, checkpointEvery } = record;
  const m = dataset.nTrain;
  const capacity = batchCapacity(setup);
  const nextBatch = capacity < m ? createBatcher(dataset.yTrain, m, capacity, setup.batchRng) : null;
  const { params, grads } = step;
  const update = step.update ?? registryUpdate(setup, params, grads);
  const reporter = createReporter(hooks, iterations, checkpointEvery);
  // L2 weight decay (optim/weight-decay.ts): the cost gains λ/2·Σ‖W‖² and dW gains λ·W. At λ = 0 (the default)
  // neither is computed, so a run without decay does exactly the arithmetic it always did.
  const decay = config.optimizer.weightDecay ?? 0;
  const squares = decay !== 0 ? params.W.map((w) => new Float64Array(w.length)) : [];
  const penalised = (c: Checkpoint): Checkpoint => (decay !== 0 ? { ...c, cost: c.cost + weightPenalty(params, decay, squares) } : c);

  const costs: CostPoint[] = [];
  // Every point due at the set rate is offered; past FULL_RATE_COSTS the recorder keeps each bucket's lowest and highest.
  const recorder = createCostRecorder((point) => {
    costs.push(point);
    reporter.cost(point);
  }, hooks.fullRateCosts);
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
    const checkpointHere = i % checkpointEvery === 0;
    cost = step.forward(nextBatch ? nextBatch() : null, checkpointHere);
    if (decay !== 0) cost += weightPenalty(params, decay, squares);
    if (checkpointHere) {
      const before = reporter.now();
      keep(penalised(step.checkpoint(i)));
      reporter.checkpointTook(reporter.now() - before);
    }
    if (firstNonFiniteIteration === null && !Number.isFinite(cost)) firstNonFiniteIteration = i;
    if (i % costEvery === 0) recorder.offer({ iteration: i, cost });
    // +∞ is the course's confidently wrong start and training recovers from it; NaN is not recoverable.
    if (cost !== cost) {
      outcome = 'diverged';
      divergedAt = i;
      break;
    }
    step.backward();
    if (decay !== 0) addWeightDecay(params, grads, decay);
    const finite = update();
    updates = i + 1;
    if (!finite) {
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
  recorder.flush();

  const last = checkpoints[checkpoints.length - 1];
  const final = last && last.iteration === updates ? last : penalised(step.checkpoint(updates));
  if (final !== last) keep(final);
  reporter.flush(updates, cost);
  return {
    outcome,
    iterationsRun: updates,
    costEvery,
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
