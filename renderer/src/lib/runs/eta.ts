// Time-left estimates from progress reports: the average rate so far, which is steady for full-batch training.

/** Seconds left for a run at `iteration` of `iterations` after `elapsedSeconds`, or null before there is a rate. */
export function secondsLeft(iteration: number, iterations: number, elapsedSeconds: number): number | null {
  if (!(iteration > 0) || !(elapsedSeconds > 0) || !(iterations > 0)) return null;
  const rate = iteration / elapsedSeconds;
  return Math.max(0, (iterations - iteration) / rate);
}
