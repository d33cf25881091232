// Throttled reporting to the caller: cost points, progress, and the cancellation poll.
import type { CostPoint, TrainHooks } from '../types';
import { createEtaEstimator } from './eta';

/** How many iterations pass between looks at the clock and at shouldStop. */
const POLL_EVERY = 16;

/** The loop's side of the hooks: tick() every iteration, flush() at the end. */
export interface Reporter {
  /** Adds a recorded cost point (kept for the result and sent with the next progress report). */
  cost(point: CostPoint): void;
  /** A checkpoint took this many milliseconds (kept apart from the per-iteration rate of the time-left estimate). */
  checkpointTook(ms: number): void;
  /** Called once per iteration; returns true when the caller asked to stop. */
  tick(iteration: number, cost: number): boolean;
  /** Sends whatever is pending, whatever the throttle says. */
  flush(iteration: number, cost: number): void;
  now(): number;
}

/**
 * A reporter over the caller's hooks (all optional), throttled to one report per progressIntervalMs. Its
 * clock starts now: create it where the loop starts.
 */
export function createReporter(hooks: TrainHooks, iterations: number, checkpointEvery: number): Reporter {
  const now = hooks.now ?? hostClock();
  const eta = createEtaEstimator(iterations, checkpointEvery);
  const start = now();
  const interval = hooks.progressIntervalMs ?? 50;
  let pending: CostPoint[] = [];
  let last = -Infinity;
  const send = (iteration: number, cost: number) => {
    if (pending.length > 0 && hooks.onCosts) hooks.onCosts(pending);
    pending = [];
    hooks.onProgress?.({ iteration, iterations, cost, secondsLeft: eta.secondsLeft(iteration, (now() - start) / 1000) });
  };
  return {
    cost(point) {
      if (hooks.onCosts) pending.push(point);
    },
    checkpointTook(ms) {
      eta.checkpointTook(ms / 1000);
    },
    tick(iteration, cost) {
      if (iteration % POLL_EVERY !== 0) return false;
      if (hooks.onProgress || hooks.onCosts) {
        const t = now();
        if (t - last >= interval) {
          last = t;
          send(iteration, cost);
        }
      }
      return hooks.shouldStop ? hooks.shouldStop() : false;
    },
    flush(iteration, cost) {
      send(iteration, cost);
    },
    now,
  };
}

// performance.now is a host global (HTML, Node), not ECMAScript, so shared/'s types do not declare it; Date is the fallback.
function hostClock(): () => number {
  const clock = (globalThis as { performance?: { now(): number } }).performance;
  return clock ? () => clock.now() : () => Date.now();
}
