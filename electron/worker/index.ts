// The training worker thread: serves the pool's jobs with the engine's trainRun, data sets from files read here.
import type { RunConfig } from '../../shared/contract/config';
import { trainRun } from '../../shared/engine/train';
import type { TrainHooks } from '../../shared/engine/types';
import { createCachedLoader } from './data-files';
import type { TrainFn } from './job';
import { serveJobs } from './serve';

const loadData = createCachedLoader();

serveJobs(((config: RunConfig, hooks: TrainHooks) => trainRun(config, hooks, { loadData })) as TrainFn);
