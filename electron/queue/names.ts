// Where the lab and its workers meet in Redis: the queue (one per engine version), channels and keys.

/** Prefix of every key the lab and workers write (BullMQ's own keys included). */
export const PREFIX = 'init-lab';

/**
 * The queue a lab of this engine version sends to. One queue per engine version means a worker running
 * another engine never even receives a job whose numbers it could not reproduce bit for bit.
 */
export function queueName(engineVersion: string): string {
  return `runs-${engineVersion.replace(/[^0-9A-Za-z._+-]/g, '_')}`;
}

/** Pub/sub channel on which a lab asks every worker to stop a job (payload: the queue job id). */
export const CANCEL_CHANNEL = `${PREFIX}:cancel`;

/** Set when a job is cancelled, so a worker that picks it up after the message went out still refuses it. */
export function cancelKey(jobId: string): string {
  return `${PREFIX}:cancelled:${jobId}`;
}

/** A lab's heartbeat: while it exists the lab is waiting for its jobs' results. */
export function labKey(labId: string): string {
  return `${PREFIX}:lab:${labId}`;
}

/** Hash of the workers connected now: field host:pid, value JSON { engineVersion, slots, seenAt }. */
export const WORKERS_KEY = `${PREFIX}:workers`;

/** The queue job id of a run's n-th submission: unique, so a rerun never meets the old job. */
export function queueJobId(runId: string, labId: string, n: number): string {
  return `${runId}.${labId}.${n}`;
}
