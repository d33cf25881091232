// The one interface the run queue hands jobs to: the local worker pool and the Redis queue both implement it.
import type { RunConfig } from '../../shared/contract/config';
import type { JobHandle, JobListener } from './pool';

/** Trains submitted runs somewhere (worker threads here, or workers on other machines) and reports back. */
export interface JobRunner {
  /** Queues a job; its start and reports go to the listener, its ending to the handle's `ended`. */
  submit(jobId: string, config: RunConfig, listener?: JobListener): JobHandle;
  /** Stops everything; queued and running jobs end cancelled. */
  close(): Promise<void>;
}
