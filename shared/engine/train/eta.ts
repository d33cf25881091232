// The time left in a run, from its own measured rates: seconds per iteration with the checkpoints' time
// taken out, plus the checkpoints still to come at their measured cost. A rate over all iterations so far
// (rather than the last few reports) is not fooled by the stretch between two checkpoints, and keeping
// checkpoints apart is not fooled by a run whose first tenth holds none but the one at iteration 0.

/** What the loop tells the estimator, and what it answers. */
export interface EtaEstimator {
  /** A checkpoint (its passes, summary and hand-over) took this many seconds. */
  checkpointTook(seconds: number): void;
  /** Seconds left after `iteration` updates in `elapsedSeconds` of loop time, or null before the first update. */
  secondsLeft(iteration: number, elapsedSeconds: number): number | null;
}

/** Checkpoints a run of `iterations` still takes after `done` updates: the multiples of `every` from done on, and the end's. */
export function checkpointsLeft(done: number, iterations: number, every: number): number {
  if (done >= iterations) return 0;
  const multiples = Math.floor((iterations - 1) / every) - Math.ceil(done / every) + 1;
  return Math.max(0, multiples) + 1;
}

/** An estimator for a run of `iterations` with a checkpoint every `checkpointEvery` iterations. */
export function createEtaEstimator(iterations: number, checkpointEvery: number): EtaEstimator {
  let checkpointSeconds = 0;
  let first = 0;
  let count = 0;
  return {
    checkpointTook(seconds) {
      if (count === 0) first = seconds;
      checkpointSeconds += seconds;
      count++;
    },
    secondsLeft(iteration, elapsedSeconds) {
      if (!(iteration > 0) || !(elapsedSeconds > 0)) return null;
      const perIteration = Math.max(0, elapsedSeconds - checkpointSeconds) / iteration;
      // The first checkpoint also pays for warming up (compiling its evaluation code): later ones are the better guide.
      const perCheckpoint = count > 1 ? (checkpointSeconds - first) / (count - 1) : first;
      return perIteration * Math.max(0, iterations - iteration) + perCheckpoint * checkpointsLeft(iteration, iterations, checkpointEvery);
    },
  };
}
