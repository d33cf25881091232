// The lab's side of the Redis queue: runs sent as BullMQ jobs, their reports and endings heard back.
// It implements the same JobRunner interface as the local pool, so the run queue does not know where runs train.
// bullmq and ioredis are imported on first use only: a lab without --redis never loads them.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import type { RunConfig } from '../../shared/contract/config';
import { decodeQueueEnding, decodeQueueReport, queueJob, type QueueEnding, type QueueReport } from '../../shared/contract/queue-job';
import type { WorkerReport } from '../../shared/contract/worker-messages';
import type { JobRunner } from '../pool/job-runner';
import type { JobEnd, JobHandle, JobListener } from '../pool/pool';
import { CANCEL_CHANNEL, cancelKey, labKey, PREFIX, queueJobId, queueName, WORKERS_KEY } from './names';
import { redisOptions, type RedisTarget } from './redis-url';

/** How a lab talks to the queue. */
export interface RemoteRunnerOptions {
  target: RedisTarget;
  engineVersion: string;
  log(message: string): void;
  /** How long a cancelled running job may take to confirm before it is ended here anyway (default 5000 ms). */
  cancelGraceMs?: number;
  /** How often the lab refreshes its heartbeat key; workers drop its jobs once the key has been silent 3 periods (default 5000 ms). */
  heartbeatMs?: number;
  /** How long the first connection may take before runs fail with a message (default 10 000 ms). */
  connectTimeoutMs?: number;
}

interface Connection {
  queue: Queue;
  events: QueueEvents;
  client: Redis;
  heartbeat: NodeJS.Timeout;
}

interface RemoteJob {
  jobId: string;
  queueId: string;
  listener: JobListener;
  resolve: (end: JobEnd) => void;
  settled: boolean;
  started: boolean;
  cancelRequested: boolean;
  /** Settles once the job is on the queue (or could not be put there). */
  added: Promise<boolean>;
  /** The attempt whose reports were forwarded, those of attempts that were superseded, and what was forwarded. */
  attempt: string | null;
  retired: Set<string>;
  costsSent: number;
  checkpointsSent: Set<number>;
  graceTimer: NodeJS.Timeout | null;
}

/** A lab's jobs on the Redis queue. */
export class RemoteRunner implements JobRunner {
  /** This lab's id on the queue (its heartbeat key and its jobs' ids carry it). */
  readonly labId = randomUUID().slice(0, 12);
  private readonly options: Required<RemoteRunnerOptions>;
  private connection: Promise<Connection> | null = null;
  private readonly jobs = new Map<string, RemoteJob>();
  private readonly byQueueId = new Map<string, RemoteJob>();
  private submissions = 0;
  private closed = false;
  private warnedWorkers = false;

  constructor(options: RemoteRunnerOptions) {
    this.options = { cancelGraceMs: 5000, heartbeatMs: 5000, connectTimeoutMs: 10_000, ...options };
  }

  /** The queue this lab sends to. */
  get queueName(): string {
    return queueName(this.options.engineVersion);
  }

  /** Connects (once); rejects with one line naming the URL when Redis cannot be reached. */
  async ready(): Promise<void> {
    await this.connect();
  }

  /** Sends a run to the queue. */
  submit(jobId: string, config: RunConfig, listener: JobListener = {}): JobHandle {
    if (this.closed) throw new Error('the queue runner is closed');
    if (this.jobs.has(jobId)) throw new Error(`job ${jobId} is already on the queue`);
    let resolve!: (end: JobEnd) => void;
    const ended = new Promise<JobEnd>((r) => (resolve = r));
    const queueId = queueJobId(jobId, this.labId, ++this.submissions);
    const job: RemoteJob = {
      jobId,
      queueId,
      listener,
      resolve,
      settled: false,
      started: false,
      cancelRequested: false,
      added: Promise.resolve(false),
      attempt: null,
      retired: new Set(),
      costsSent: 0,
      checkpointsSent: new Set(),
      graceTimer: null,
    };
    this.jobs.set(jobId, job);
    this.byQueueId.set(queueId, job);
    job.added = this.connect()
      .then(async (c) => {
        if (job.settled) return false;
        await c.queue.add('run', queueJob(jobId, config, this.options.engineVersion, this.labId), {
          jobId: queueId,
          // A failed training is deterministic (same config, same error): no retries. A worker that dies is not a
          // failure but a stall, which BullMQ retries on its own.
          attempts: 1,
          removeOnComplete: { age: 3600 },
          removeOnFail: { age: 24 * 3600 },
        });
        void this.checkWorkers(c);
        return true;
      })
      .catch((e: unknown) => {
        this.settle(job, { kind: 'error', message: messageOf(e) });
        return false;
      });
    return { jobId, cancel: () => this.cancel(jobId), ended };
  }

  /** Cancels a job: a waiting one is taken off the queue, a running one is told to stop wherever it trains. */
  cancel(jobId: string): void {
    const job = this.jobs.get(jobId);
    if (!job || job.settled || job.cancelRequested) return;
    job.cancelRequested = true;
    void job.added.then(async (added) => {
      if (job.settled) return;
      if (!added) return this.settle(job, { kind: 'cancelled' });
      const c = await this.connect();
      // A waiting job is removed outright (1); an active one is locked by its worker and stays (0).
      const removed = await c.queue.remove(job.queueId).catch(() => 0);
      if (removed === 1) return this.settle(job, { kind: 'cancelled' });
      await c.client.set(cancelKey(job.queueId), '1', 'EX', 3600);
      await c.client.publish(CANCEL_CHANNEL, job.queueId);
      job.graceTimer = setTimeout(() => this.settle(job, { kind: 'cancelled' }), this.options.cancelGraceMs);
    }).catch((e: unknown) => {
      this.options.log(`could not cancel run ${jobId} on the queue: ${messageOf(e)}`);
      this.settle(job, { kind: 'cancelled' });
    });
  }

  /** Cancels every job of this lab (waiting ones removed, running ones told to stop) and disconnects. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const open = [...this.jobs.values()].filter((j) => !j.settled);
    for (const job of open) this.cancel(job.jobId);
    for (const job of open) this.settle(job, { kind: 'cancelled' });
    const conn = this.connection;
    if (!conn) return;
    const c = await conn.catch(() => null);
    if (!c) return;
    clearInterval(c.heartbeat);
    // Best effort: Redis may be gone, and closing must not hang on it.
    await withTimeout(
      (async () => {
        await Promise.all(open.map((j) => c.client.set(cancelKey(j.queueId), '1', 'EX', 3600).then(() => c.client.publish(CANCEL_CHANNEL, j.queueId))));
        await c.client.del(labKey(this.labId));
      })(),
      2000,
    ).catch(() => {});
    await Promise.allSettled([c.events.close(), c.queue.close()]);
    c.client.disconnect();
  }

  private connect(): Promise<Connection> {
    this.connection ??= this.open();
    return this.connection;
  }

  private async open(): Promise<Connection> {
    const { target, connectTimeoutMs, heartbeatMs } = this.options;
    const [{ Queue, QueueEvents }, { Redis }] = await Promise.all([import('bullmq'), import('ioredis')]);
    const options = redisOptions(target);
    const client = new Redis({ ...options, lazyConnect: true, connectTimeout: connectTimeoutMs, retryStrategy: () => null });
    // A refused password closes the connection; the server's own words (WRONGPASS, NOAUTH) come as an error event.
    let lastError: Error | null = null;
    client.on('error', (e: Error) => (lastError = e));
    try {
      await withTimeout(client.connect(), connectTimeoutMs);
      await client.ping();
    } catch (e) {
      client.disconnect();
      throw new Error(`could not reach Redis at ${target.display}: ${messageOf(lastError ?? e)}`);
    }
    // From here on a dropped connection is retried (ioredis' default backoff), not fatal.
    client.options.retryStrategy = (times: number) => Math.min(times * 200, 2000);
    const name = this.queueName;
    const queue = new Queue(name, { connection: options, prefix: PREFIX });
    const events = new QueueEvents(name, { connection: options, prefix: PREFIX });
    queue.on('error', (e) => this.options.log(`queue: ${messageOf(e)}`));
    events.on('error', (e) => this.options.log(`queue events: ${messageOf(e)}`));
    events.on('active', ({ jobId }) => this.onActive(jobId));
    events.on('progress', ({ jobId, data }) => this.onProgress(jobId, data));
    events.on('completed', ({ jobId, returnvalue }) => this.onCompleted(jobId, returnvalue));
    events.on('failed', ({ jobId, failedReason }) => this.onFailed(jobId, failedReason));
    await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
    const beat = () => void client.set(labKey(this.labId), hostname(), 'PX', 3 * heartbeatMs).catch(() => {});
    beat();
    const heartbeat = setInterval(beat, heartbeatMs);
    heartbeat.unref();
    return { queue, events, client, heartbeat };
  }

  /** Says once when no connected worker runs this engine (runs would wait); names the versions that are connected. */
  private async checkWorkers(c: Connection): Promise<void> {
    if (this.warnedWorkers) return;
    this.warnedWorkers = true;
    // Live connections only (CLIENT LIST): a killed worker's entry in the registry below may linger, its connection does not.
    if ((await c.queue.getWorkersCount().catch(() => 1)) > 0) return;
    const all = await c.client.hgetall(WORKERS_KEY).catch(() => ({}) as Record<string, string>);
    const now = Date.now();
    const live = Object.values(all)
      .map((v) => {
        try {
          return JSON.parse(v) as { engineVersion: string; seenAt: number };
        } catch {
          return null;
        }
      })
      .filter((w): w is { engineVersion: string; seenAt: number } => w !== null && now - w.seenAt < 60_000);
    const others = [...new Set(live.map((w) => w.engineVersion).filter((v) => v !== this.options.engineVersion))];
    this.options.log(
      `no worker for engine ${this.options.engineVersion} is connected to ${this.options.target.display}; runs wait on the queue until one starts` +
        (others.length ? ` (connected workers run engine ${others.join(', ')} and refuse this lab's runs)` : ' (start one: init-lab worker --redis URL)'),
    );
  }

  private onActive(queueId: string): void {
    const job = this.byQueueId.get(queueId);
    if (!job || job.settled) return;
    this.start(job);
  }

  private start(job: RemoteJob): void {
    if (job.started) return;
    job.started = true;
    this.safely(() => job.listener.onStart?.());
  }

  private onProgress(queueId: string, data: unknown): void {
    const job = this.byQueueId.get(queueId);
    if (!job || job.settled) return;
    const msg = decodeQueueReport(data);
    if (!msg.ok) return this.options.log(`ignored an unreadable report of run ${job.jobId}: ${msg.message}`);
    this.forward(job, msg.value);
  }

  /** Forwards a report of the current attempt; a newer attempt voids what the older one reported. */
  private forward(job: RemoteJob, { attempt, report }: QueueReport): void {
    if (job.retired.has(attempt)) return;
    if (job.attempt !== attempt) this.newAttempt(job, attempt);
    this.start(job);
    if (report.type === 'costs') job.costsSent += report.costs.length;
    else if (report.type === 'checkpoint') job.checkpointsSent.add(report.checkpoint.iteration);
    this.safely(() => job.listener.onReport?.(report));
  }

  private newAttempt(job: RemoteJob, attempt: string): void {
    if (job.attempt !== null && job.attempt !== attempt) job.retired.add(job.attempt);
    this.voidForwarded(job);
    job.attempt = attempt;
  }

  /** What was forwarded so far no longer counts: the listener drops it, and this attempt's reports start afresh. */
  private voidForwarded(job: RemoteJob): void {
    if (job.costsSent > 0 || job.checkpointsSent.size > 0) this.safely(() => job.listener.onRestart?.());
    job.costsSent = 0;
    job.checkpointsSent = new Set();
  }

  private onCompleted(queueId: string, returnvalue: unknown): void {
    const job = this.byQueueId.get(queueId);
    if (!job || job.settled) return;
    const decoded = decodeQueueEnding(returnvalue);
    if (!decoded.ok) return this.finish(job, { kind: 'error', message: `a worker's result could not be read: ${decoded.message}` });
    const ending: QueueEnding = decoded.value;
    if (ending.kind === 'cancelled') {
      return this.finish(job, job.cancelRequested ? { kind: 'cancelled' } : { kind: 'error', message: `the worker stopped the run: ${ending.reason}` });
    }
    this.reconcile(job, ending);
    this.finish(job, ending.kind === 'done' ? { kind: 'done', result: ending.result } : { kind: 'error', message: ending.message });
  }

  /**
   * The ending carries everything the attempt recorded. Reports lost on the way (an events stream trimmed while
   * this lab was busy) or sent by another attempt are made good here, so the store ends with exactly one copy.
   */
  private reconcile(job: RemoteJob, ending: Extract<QueueEnding, { iterations: Float64Array }>): void {
    const sentSame =
      job.attempt === ending.attempt && job.costsSent <= ending.costs.length && [...job.checkpointsSent].every((it) => ending.checkpoints.some((c) => c.iteration === it));
    if (!sentSame) this.newAttempt(job, ending.attempt);
    const reports: WorkerReport[] = [];
    if (ending.costs.length > job.costsSent) {
      reports.push({ type: 'costs', jobId: job.queueId, iterations: ending.iterations.slice(job.costsSent), costs: ending.costs.slice(job.costsSent) });
    }
    for (const c of ending.checkpoints) if (!job.checkpointsSent.has(c.iteration)) reports.push({ type: 'checkpoint', jobId: job.queueId, checkpoint: c });
    for (const report of reports) this.forward(job, { attempt: ending.attempt, seq: -1, report });
  }

  private onFailed(queueId: string, failedReason: string): void {
    const job = this.byQueueId.get(queueId);
    if (!job || job.settled) return;
    this.finish(job, job.cancelRequested ? { kind: 'cancelled' } : { kind: 'error', message: failedReason || 'the job failed on the queue' });
  }

  private finish(job: RemoteJob, end: JobEnd): void {
    this.settle(job, end);
    // The lab has what it needs; the finished job need not wait for its age limit.
    void this.connection?.then((c) => c.queue.remove(job.queueId)).catch(() => {});
  }

  private settle(job: RemoteJob, end: JobEnd): void {
    if (job.settled) return;
    job.settled = true;
    if (job.graceTimer) clearTimeout(job.graceTimer);
    this.jobs.delete(job.jobId);
    this.byQueueId.delete(job.queueId);
    job.resolve(end);
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch {
      // A listener's failure must not stop the runner; the service reports its own errors.
    }
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message || e.name : String(e);
}

/** Rejects after ms unless the promise settled first. */
export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
