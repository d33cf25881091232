// The training worker thread: serves the pool's jobs with the engine's trainRun, data sets from files read here.
import { trainRun } from '../../shared/engine/train';
import { createCachedLoader } from './data-files';
import { serveJobs } from './serve';

const loadData = createCachedLoader();

serveJobs((config, hooks) => trainRun(config, hooks, { loadData }));
