// A machine's side of the Redis queue: take run jobs from BullMQ, train them on the local pool, report back.
// Reports travel as the job's progress, the ending as its return value (with everything recorded, so the lab
// can fill any gap); a worker that dies leaves its jobs to BullMQ's stalled-job check, which hands them on.
import { hostname } from 'node:os';
import type { Job } from 'bullmq';
import { encodeQueueEnding, encodeQueueReport, QueueJobSchema, type QueueEnding } from '../../shared/contract/queue-job';
import type { WorkerReport } from '../../shared/contract/worker-messages';
import type { Checkpoint } from '../../shared/engine/types';
import { WorkerPool, type JobHandle } from '../pool/pool';
import { resolveWorkerEntry, type WorkerEntry } from '../pool/worker-entry';
import { CANCEL_CHANNEL, cancelKey, labKey, PREFIX, queueName, WORKERS_KEY } from './names';
import { redisOptions, type RedisTarget } from './redis-url';
import { withTimeout } from './remote-runner';

/** How a queue worker runs. */
export interface QueueWorkerOptions {
  target: RedisTarget;
  /** The engine version this worker trains with; it serves only the queue of that version. */
  engineVersion: string;
  /** Runs trained at once (worker threads; default 1). */
  workers?: number;
  /** The training worker script (the bundled one in the built CLI). */
  worker?: WorkerEntry;
  /**
   * How long a job's lock lasts without renewal (default 30 000 ms): if this process dies, another worker
   * retries its jobs once the lock has expired and its stalled-job check runs (every half of this).
   */
  stallMs?: number;
  /** Minimum milliseconds between a job's progress reports (default 250: fewer messages through Redis). */
  progressIntervalMs?: number;
  /** Milliseconds between flushes of a job's recorded costs (default 500). */
  costFlushMs?: number;
  /** How often the worker checks that a job's lab is still there, and says it is alive itself (default 5000 ms). */
  heartbeatMs?: number;
  /** One line per event worth telling (a job taken, finished, refused). */
  log?(line: string): void;
}

/** A running queue worker. */
export interface QueueWorker {
  /** Name in the workers list: host:pid. */
  readonly name: string;
  readonly queue: string;
  /** Jobs finished (done, failed or cancelled) since start. */
  readonly finished: number;
  /** Stops taking jobs, hands running ones back to the queue for another worker, and disconnects. */
  close(): Promise<void>;
}

interface Active {
  handle: JobHandle;
  /** Why it is being stopped: the lab cancelled it, the lab is gone, or this worker is shutting down (hand it back). */
  stop: null | { kind: 'cancel'; reason: string } | { kind: 'handBack' };
}

/** Connects to Redis and serves jobs until closed; rejects with one line when Redis cannot be reached. */
export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const { target, engineVersion } = options;
  const slots = Math.max(1, Math.floor(options.workers ?? 1));
  const stallMs = options.stallMs ?? 30_000;
  const heartbeatMs = options.heartbeatMs ?? 5000;
  const log = options.log ?? (() => {});
  const name = `${hostname()}:${process.pid}`;
  const queue = queueName(engineVersion);

  const [{ Worker, UnrecoverableError, WaitingError }, { Redis }] = await Promise.all([import('bullmq'), import('ioredis')]);
  const connection = redisOptions(target);
  const client = new Redis({ ...connection, lazyConnect: true, retryStrategy: () => null });
  // A refused password closes the connection; the server's own words (WRONGPASS, NOAUTH) come as an error event.
  let lastError: Error | null = null;
  client.on('error', (e: Error) => (lastError = e));
  try {
    await withTimeout(client.connect(), 10_000);
    await client.ping();
  } catch (e) {
    client.disconnect();
    const cause: unknown = lastError ?? e;
    throw new Error(`could not reach Redis at ${target.display}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  client.options.retryStrategy = (times: number) => Math.min(times * 200, 2000);
  const subscriber = client.duplicate();
  subscriber.on('error', () => {});

  const pool = new WorkerPool({
    worker: options.worker ?? resolveWorkerEntry(),
    size: slots,
    progressIntervalMs: options.progressIntervalMs ?? 250,
    costFlushMs: options.costFlushMs ?? 500,
  });
  const active = new Map<string, Active>();
  let finished = 0;

  const stopJob = (jobId: string, stop: NonNullable<Active['stop']>) => {
    const a = active.get(jobId);
    if (!a || a.stop) return;
    a.stop = stop;
    a.handle.cancel();
  };
  await subscriber.subscribe(CANCEL_CHANNEL);
  subscriber.on('message', (_channel: string, jobId: string) => stopJob(jobId, { kind: 'cancel', reason: 'cancelled by the lab' }));

  const processor = async (job: Job, token?: string): Promise<unknown> => {
    const jobId = job.id ?? '';
    const attempt = token ?? `${name}:${jobId}:${Date.now()}`;
    const parsed = QueueJobSchema.safeParse(job.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UnrecoverableError(`job ${jobId} is not a run: ${issue.path.join('.') || '(data)'}: ${issue.message}`);
    }
    const data = parsed.data;
    if (data.engineVersion !== engineVersion) {
      // Only a job put on this version's queue by hand gets here; the numbers must not come from another engine.
      log(`refused run ${data.runId}: it needs engine ${data.engineVersion}, this worker runs ${engineVersion}`);
      throw new UnrecoverableError(`worker ${name} runs engine ${engineVersion}, the run needs ${data.engineVersion}: its numbers would not be bit-identical`);
    }
    const cancelled = (reason: string) => encodeQueueEnding({ kind: 'cancelled', attempt, reason });
    if (await client.exists(cancelKey(jobId))) return cancelled('cancelled before it started');
    if (!(await client.exists(labKey(data.labId)))) return cancelled('the lab that sent it has gone');

    log(`training run ${data.runId} (${jobId})`);
    const iterations: number[] = [];
    const costs: number[] = [];
    const checkpoints: Checkpoint[] = [];
    let seq = 0;
    let sending: Promise<unknown> = Promise.resolve();
    const send = (report: WorkerReport) => {
      const wire = encodeQueueReport({ attempt, seq: seq++, report });
      // In order, one after another: the lab applies them as they come.
      sending = sending.then(() => job.updateProgress(wire as object)).catch(() => {});
    };
    const handle = pool.submit(jobId, data.config, {
      onReport: (report) => {
        if (report.type === 'costs') {
          for (let i = 0; i < report.costs.length; i++) {
            iterations.push(report.iterations[i]);
            costs.push(report.costs[i]);
          }
        } else if (report.type === 'checkpoint') checkpoints.push(report.checkpoint);
        send(report);
      },
    });
    const entry: Active = { handle, stop: null };
    active.set(jobId, entry);
    const watch = setInterval(() => {
      void client.exists(labKey(data.labId)).then((n) => {
        if (n === 0) stopJob(jobId, { kind: 'cancel', reason: 'the lab that sent it has gone' });
      }, () => {});
    }, heartbeatMs);
    let end;
    try {
      end = await handle.ended;
      await sending;
    } finally {
      clearInterval(watch);
      active.delete(jobId);
    }
    finished++;
    const stop = entry.stop;
    if (stop?.kind === 'handBack') {
      // This worker is shutting down: the job goes back to the queue untouched, for another worker.
      await job.moveToWait(token);
      log(`handed run ${data.runId} back to the queue`);
      throw new WaitingError();
    }
    const recorded = { iterations: Float64Array.from(iterations), costs: Float64Array.from(costs), checkpoints };
    let ending: QueueEnding;
    if (end.kind === 'done') ending = { kind: 'done', attempt, result: end.result, ...recorded };
    else if (end.kind === 'error') ending = { kind: 'error', attempt, message: end.message, ...recorded };
    else ending = { kind: 'cancelled', attempt, reason: stop?.kind === 'cancel' ? stop.reason : 'cancelled' };
    log(`run ${data.runId} ${end.kind === 'done' ? end.result.outcome : end.kind}`);
    return encodeQueueEnding(ending);
  };

  const worker = new Worker(queue, processor, {
    connection,
    prefix: PREFIX,
    concurrency: slots,
    lockDuration: stallMs,
    stalledInterval: Math.max(500, Math.floor(stallMs / 2)),
    // A job whose workers keep dying (say, out of memory) is failed after a few tries rather than retried forever.
    maxStalledCount: 3,
    name,
  });
  worker.on('error', (e) => log(`queue: ${e.message}`));

  const register = () =>
    void client.hset(WORKERS_KEY, name, JSON.stringify({ engineVersion, slots, queue, seenAt: Date.now() })).catch(() => {});
  register();
  const registration = setInterval(register, heartbeatMs);
  registration.unref();
  await worker.waitUntilReady();
  log(`worker ${name}: ${slots} at once, engine ${engineVersion}, queue ${queue} on ${target.display}`);

  let closing: Promise<void> | null = null;
  return {
    name,
    queue,
    get finished() {
      return finished;
    },
    close() {
      closing ??= (async () => {
        clearInterval(registration);
        const stopping = worker.close();
        for (const jobId of active.keys()) stopJob(jobId, { kind: 'handBack' });
        await withTimeout(stopping, 10_000).catch(() => worker.close(true));
        await pool.close();
        await client.hdel(WORKERS_KEY, name).catch(() => {});
        subscriber.disconnect();
        client.disconnect();
      })();
      return closing;
    },
  };
}
