// The training worker thread: serves the pool's jobs with the engine's trainRun.
import { trainRun } from '../../shared/engine/train';
import type { TrainFn } from './job';
import { serveJobs } from './serve';

serveJobs(trainRun as TrainFn);
