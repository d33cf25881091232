// A pool worker that runs the scripted fake training instead of the engine.
import { serveJobs } from '../../../electron/worker/serve';
import { fakeTrain } from './fake-train';

serveJobs(fakeTrain as never);
