// The single entry point: a validated run config in, everything the run recorded out.
import type { RunConfig } from '../../contract/config';
import type { RunResult, TrainHooks } from '../types';
import { trainReference } from './reference';
import { prepareRun } from './setup';

export { prepareRun, type RunSetup } from './setup';
export { trainReference, cloneParams, paramsFinite } from './reference';
export { createBatcher, type Batch } from './batches';

/** Builds the data, initializes, trains and records one run; a pure function of config (timing aside). */
export function trainRun(config: RunConfig, hooks: TrainHooks = {}): RunResult {
  return trainReference(prepareRun(config), hooks);
}
