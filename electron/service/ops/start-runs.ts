// Starting an experiment or sweep in slices that yield, so one at the cap (10,000 runs) never holds the service for
// long: configs are made and checked, then stored (one transaction a slice) and queued, each slice ~SLICE_MS of work.
import { setImmediate as pause } from 'node:timers/promises';
import type { NewExperiment, NewRun } from '../../store/run-store';
import type { ServiceContext } from '../context';

/** Milliseconds of work between pauses while an experiment starts. */
export const SLICE_MS = 10;

/** Runs stored in the first transaction, before their cost per run is known. */
const FIRST_SLICE = 100;

/** Every item made by `make`, with a pause whenever SLICE_MS of work has passed; throws what `make` throws. */
export async function makeInSlices<T, R>(items: Iterable<T>, make: (item: T, index: number) => R): Promise<R[]> {
  const out: R[] = [];
  let since = performance.now();
  let i = 0;
  for (const item of items) {
    out.push(make(item, i++));
    if (performance.now() - since >= SLICE_MS) {
      await pause();
      since = performance.now();
    }
  }
  return out;
}

/**
 * Stores the experiment with its first runs, then the rest a slice per transaction, each slice queued once it is
 * stored; the slice size follows the measured time per run. Cancel and delete of the experiment wait until it is done
 * (`ctx.starting`). A crash part way leaves the runs stored so far, which are then marked interrupted like any other.
 */
export async function storeAndQueue(ctx: ServiceContext, exp: NewExperiment, runs: NewRun[], sweepId: string | null): Promise<void> {
  const queue = (slice: NewRun[]) => {
    for (const r of slice) ctx.queue.enqueue(r.id, { experimentId: exp.id, sweepId, iterations: r.facts.iterations, config: r.config });
  };
  const work = (async () => {
    let t0 = performance.now();
    let done = Math.min(FIRST_SLICE, runs.length);
    ctx.store.createExperiment(exp, runs.slice(0, done));
    queue(runs.slice(0, done));
    let perRun = (performance.now() - t0) / Math.max(1, done);
    while (done < runs.length) {
      await pause();
      const size = Math.max(10, Math.floor(SLICE_MS / Math.max(perRun, 1e-3)));
      const slice = runs.slice(done, done + size);
      t0 = performance.now();
      ctx.store.addRuns(exp.id, slice);
      queue(slice);
      perRun = (performance.now() - t0) / slice.length;
      done += slice.length;
    }
  })();
  ctx.starting.set(exp.id, work.catch(() => undefined));
  try {
    await work;
  } finally {
    ctx.starting.delete(exp.id);
  }
}

/** Waits until an experiment or sweep that is starting has all its runs stored and queued. */
export async function startSettled(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.starting.get(id);
}
