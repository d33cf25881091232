// The single entry point: a validated run config in, everything the run recorded out.
import type { RunConfig } from '../../contract/config';
import type { RunResult, TrainHooks } from '../types';
import { trainReference } from './reference';
import { prepareRun, type DataLoader } from './setup';
import { fastPathUnsupported, trainFast } from '../kernel';

export { prepareRun, type DataLoader, type RunSetup } from './setup';
export { trainReference } from './reference';
export { cloneParams, paramsFinite } from './params';
export { createBatcher, type Batch } from './batches';

/** Which loop trains: 'auto' takes the fast kernels whenever they support the run, 'reference' the plain loop. */
export type TrainPath = 'auto' | 'fast' | 'reference';

/** How trainRun computes (never what: every path records the same numbers). */
export interface TrainOptions {
  path?: TrainPath;
  /** Loads the run's data set (the worker's reads files and caches); default loadDataset without files. */
  loadData?: DataLoader;
}

/** Builds the data, initializes, trains and records one run; a pure function of config (timing aside). */
export function trainRun(config: RunConfig, hooks: TrainHooks = {}, options: TrainOptions = {}): RunResult {
  const setup = prepareRun(config, options.loadData);
  const path = options.path ?? 'auto';
  if (path === 'reference') return trainReference(setup, hooks);
  const unsupported = fastPathUnsupported(setup);
  if (unsupported === null) return trainFast(setup, hooks);
  if (path === 'fast') throw new Error(`the fast path cannot train this run: ${unsupported}`);
  return trainReference(setup, hooks);
}
