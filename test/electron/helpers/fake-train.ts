// A stand-in training function with scripted behaviour, for testing the pool's plumbing and faults
// independently of the engine: it spends real CPU time per iteration and honours the hooks like trainRun.
import type { Checkpoint, CostPoint, Params, RunResult, TrainHooks } from '../../../shared/engine/types';

/** What the fake run does. */
export interface FakeConfig {
  iterations: number;
  /** Busy CPU milliseconds per iteration. */
  msPerIteration: number;
  /** At iteration `at`: throw, exit the thread, produce NaN (diverge), or spin ignoring cancellation. */
  fault?: { kind: 'throw' | 'exit' | 'nan' | 'spin'; at: number };
  checkpointEvery?: number;
}

function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy: training is synchronous CPU work
  }
}

function params(v: number): Params {
  return { dims: [2, 1], W: [new Float64Array([v, -v])], b: [new Float64Array([v / 2])] };
}

function checkpoint(iteration: number, cost: number): Checkpoint {
  return { iteration, cost, trainAccuracy: 0.5, testAccuracy: 0.5, layers: [], boundary: { size: 2, xMin: 0, xMax: 1, yMin: 0, yMax: 1, probs: new Float64Array([0.5, 0.25, 0.75, 1]) } };
}

/** The cost the fake records at iteration i. */
export function fakeCost(i: number): number {
  return 1 / (i + 1);
}

/** Trains nothing, but like trainRun: costs every iteration, checkpoints, progress, cancellation, outcomes. */
export function fakeTrain(config: FakeConfig, hooks: TrainHooks): RunResult {
  const start = performance.now();
  const costs: CostPoint[] = [];
  const checkpoints: Checkpoint[] = [];
  const every = config.checkpointEvery ?? 10;
  let divergedAt: number | null = null;
  let outcome: RunResult['outcome'] = 'done';
  let lastProgress = -Infinity;
  let i = 0;
  for (; i < config.iterations; i++) {
    if (hooks.shouldStop?.()) {
      outcome = 'cancelled';
      break;
    }
    if (config.fault && i === config.fault.at) {
      if (config.fault.kind === 'throw') throw new Error(`scripted failure at iteration ${i}`);
      if (config.fault.kind === 'exit') process.exit(3);
      if (config.fault.kind === 'spin') for (;;) spin(1000);
    }
    const cost = config.fault?.kind === 'nan' && i >= config.fault.at ? NaN : fakeCost(i);
    costs.push({ iteration: i, cost });
    hooks.onCosts?.([{ iteration: i, cost }]);
    if (i % every === 0) {
      const c = checkpoint(i, cost);
      checkpoints.push(c);
      hooks.onCheckpoint?.(c);
    }
    if (Number.isNaN(cost)) {
      divergedAt = i;
      outcome = 'diverged';
      i++;
      break;
    }
    const now = performance.now();
    if (now - lastProgress >= (hooks.progressIntervalMs ?? 50)) {
      lastProgress = now;
      hooks.onProgress?.({ iteration: i, iterations: config.iterations, cost, secondsLeft: null });
    }
    spin(config.msPerIteration);
  }
  return {
    outcome,
    iterationsRun: i,
    costEvery: 1,
    costs,
    checkpoints,
    initialParams: params(0.5),
    finalParams: params(i),
    trainAccuracy: 0.75,
    testAccuracy: 0.5,
    finalCost: divergedAt === null ? fakeCost(i - 1) : NaN,
    firstNonFiniteIteration: divergedAt,
    divergedAt,
    trainSeconds: (performance.now() - start) / 1000,
  };
}
