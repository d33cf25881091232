// The training worker thread: serves the pool's jobs with the engine's trainRun.
import { trainRun } from '../../shared/engine/train';
import { serveJobs } from './serve';

serveJobs(trainRun);
