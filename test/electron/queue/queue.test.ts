// The Redis queue end to end on a real redis-server (127.0.0.1, a free port): worker processes, a SIGKILL mid-run,
// cancel, engine versions, passwords and the queue's cost per job.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { baseOf, COURSE_PRESET, type ExperimentConfigInput } from '../../../shared/contract/config';
import type { LabEvent } from '../../../shared/contract/events';
import type { RunDetail } from '../../../shared/contract/records';
import { sourceWorkerEntry } from '../../../electron/pool/worker-entry';
import { PREFIX, queueName } from '../../../electron/queue/names';
import { startQueueWorker } from '../../../electron/queue/queue-worker';
import { parseRedisUrl, redisOptions } from '../../../electron/queue/redis-url';
import { LabService } from '../../../electron/service/lab-service';
import pkg from '../../../package.json';
import { hasRedisServer, makeCertificates, REDIS_SERVER, startRedis, type TestRedis } from '../helpers/redis';
import { spawnCli } from '../cli/spawn-cli';
import { startWorkerProcess, type WorkerProcess } from '../helpers/queue-workers';
import { value } from '../helpers/service';

if (!hasRedisServer) console.warn(`queue tests skipped: ${REDIS_SERVER} is not installed (Debian package redis-server; .ci/run installs it)`);

/** The course's three arms on two seeds: six runs of 15 000 iterations with the app's full recording. */
const SIX_RUNS: ExperimentConfigInput = {
  name: 'queue',
  base: baseOf(COURSE_PRESET),
  arms: [
    { label: 'zeros', init: { name: 'zeros' } },
    { label: 'random', init: { name: 'random' } },
    { label: 'he', init: { name: 'he' } },
  ],
  seeds: { init: [1, 2], data: null },
};

interface Lab {
  service: LabService;
  events: LabEvent[];
  log: string[];
  dispose(): Promise<void>;
}

function openLab(redis?: string): Lab {
  const dir = mkdtempSync(join(tmpdir(), 'init-lab-queue-'));
  const log: string[] = [];
  const service = LabService.open({ dataDir: dir, poolSize: 2, worker: sourceWorkerEntry(), redis, log: (m) => log.push(m) });
  const events: LabEvent[] = [];
  service.subscribe((e) => events.push(e));
  return {
    service,
    events,
    log,
    async dispose() {
      await service.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function runAll(lab: Lab, experiment: ExperimentConfigInput): Promise<{ runIds: string[]; details: RunDetail[] }> {
  const { runIds } = value(await lab.service.call('experiments.start', { experiment }));
  await lab.service.settled(runIds);
  const details = await Promise.all(runIds.map(async (id) => value(await lab.service.call('runs.get', { id }))));
  return { runIds, details };
}

/** What must be identical wherever a run trained. */
function numbers(d: RunDetail) {
  return {
    name: d.name,
    status: d.status,
    iterationsRun: d.iterationsRun,
    finalCost: d.finalCost,
    trainAccuracy: d.trainAccuracy,
    testAccuracy: d.testAccuracy,
    costs: d.costs,
    checkpoints: d.checkpoints,
    initialParams: d.initialParams,
    finalParams: d.finalParams,
  };
}

const waitUntil = async (check: () => boolean, timeoutMs: number, what: string) => {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe.skipIf(!hasRedisServer)('the Redis queue', () => {
  let redis: TestRedis;
  let local: RunDetail[];
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    const lab = openLab();
    try {
      local = (await runAll(lab, SIX_RUNS)).details;
    } finally {
      await lab.dispose();
    }
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await redis?.stop();
  });

  it('trains an experiment on three worker processes, one killed mid-run, and stores every run once with the local numbers', async () => {
    const stall = ['--workers', '1', '--stall-timeout', '2000'];
    const started = await Promise.all([0, 1, 2].map(() => startWorkerProcess(redis.url, stall)));
    workers.push(...started);
    const [victim] = started;
    const lab = openLab(redis.url);
    try {
      const { runIds } = value(await lab.service.call('experiments.start', { experiment: SIX_RUNS }));
      // The run the first worker took: kill that worker once the run is seen training (progress past iteration 0).
      const line = await victim.waitFor(/^training run /);
      const killedRun = /^training run (\S+)/.exec(line)![1];
      await waitUntil(() => lab.events.some((e) => e.type === 'run.progress' && e.runId === killedRun && e.iteration > 0), 60_000, `progress of ${killedRun}`);
      victim.child.kill('SIGKILL');
      await lab.service.settled(runIds);

      // Another worker took the killed run over (BullMQ's stalled-job check) and finished it.
      const retriedBy = started.slice(1).filter((w) => w.lines.some((l) => l.startsWith(`training run ${killedRun} `)));
      expect(retriedBy).toHaveLength(1);
      expect(lab.events.filter((e) => e.type === 'run.started' && e.runId === killedRun).length).toBeGreaterThanOrEqual(2);

      const remote = await Promise.all(runIds.map(async (id) => value(await lab.service.call('runs.get', { id }))));
      expect(remote.map((d) => d.status)).toEqual(local.map((d) => d.status));
      // Exactly once: no cost point and no checkpoint twice, and bit for bit the numbers of the local pool.
      for (const d of remote) {
        expect(new Set(d.costs.map((c) => c.iteration)).size).toBe(d.costs.length);
        expect(new Set(d.checkpoints.map((c) => c.iteration)).size).toBe(d.checkpoints.length);
      }
      expect(remote.map(numbers)).toEqual(local.map(numbers));
      const stored = value(await lab.service.call('runs.list', {}));
      expect(stored.runs.filter((r) => runIds.includes(r.id))).toHaveLength(runIds.length);
    } finally {
      await lab.dispose();
    }
  }, 180_000);

  it('stops a run training on a remote worker when the lab cancels it', async () => {
    const live = workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
    expect(live.length).toBeGreaterThan(0);
    const lab = openLab(redis.url);
    try {
      const long: ExperimentConfigInput = { ...SIX_RUNS, base: { ...baseOf(COURSE_PRESET), iterations: 2_000_000 }, arms: [{ init: { name: 'he' } }], seeds: { init: [1], data: null } };
      const { runIds } = value(await lab.service.call('experiments.start', { experiment: long }));
      const [runId] = runIds;
      await waitUntil(() => lab.events.some((e) => e.type === 'run.progress' && e.runId === runId), 60_000, 'the run to train');
      const t0 = performance.now();
      expect(value(await lab.service.call('runs.cancel', { id: runId })).status).toBe('cancelled');
      const seconds = (performance.now() - t0) / 1000;
      // The worker itself said the run was cancelled: the message reached it (the lab's fallback would wait 5 s).
      await Promise.race(live.map((w) => w.waitFor(new RegExp(`^run ${runId} cancelled`), 10_000)));
      expect(seconds).toBeLessThan(5);
    } finally {
      await lab.dispose();
    }
  }, 120_000);

  it('leaves runs queued and says why while only workers of another engine version are connected', async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop('SIGTERM')));
    const target = parseRedisUrl(redis.url);
    const other = await startQueueWorker({ target, engineVersion: '0.0.0-other', workers: 1, worker: sourceWorkerEntry() });
    const lab = openLab(redis.url);
    try {
      const tiny: ExperimentConfigInput = { ...SIX_RUNS, base: { ...baseOf(COURSE_PRESET), iterations: 10 }, arms: [{ init: { name: 'he' } }], seeds: { init: [1], data: null } };
      const { runIds } = value(await lab.service.call('experiments.start', { experiment: tiny }));
      await waitUntil(() => lab.log.some((l) => l.includes('no worker for engine')), 10_000, 'the lab to say no worker serves its engine');
      expect(lab.log.find((l) => l.includes('no worker for engine'))).toContain('connected workers run engine 0.0.0-other');
      await new Promise((r) => setTimeout(r, 1000));
      expect(value(await lab.service.call('runs.get', { id: runIds[0], include: { costs: false, checkpoints: false, params: false } })).status).toBe('queued');
      // A worker of the lab's own engine takes it at once.
      const same = await startQueueWorker({ target, engineVersion: pkg.version, workers: 1, worker: sourceWorkerEntry() });
      try {
        await lab.service.settled(runIds);
        expect(value(await lab.service.call('runs.get', { id: runIds[0], include: { costs: false, checkpoints: false, params: false } })).status).toBe('done');
      } finally {
        await same.close();
      }
    } finally {
      await lab.dispose();
      await other.close();
    }
  }, 120_000);

  it('hands a running job back to the queue when a worker is stopped, and another worker trains it from the start', async () => {
    const target = parseRedisUrl(redis.url);
    const first = await startQueueWorker({ target, engineVersion: pkg.version, workers: 1, worker: sourceWorkerEntry() });
    const lab = openLab(redis.url);
    let second: Awaited<ReturnType<typeof startQueueWorker>> | null = null;
    try {
      const one: ExperimentConfigInput = { ...SIX_RUNS, base: { ...baseOf(COURSE_PRESET), iterations: 30_000 }, arms: [{ init: { name: 'he' } }], seeds: { init: [1], data: null } };
      const { runIds } = value(await lab.service.call('experiments.start', { experiment: one }));
      const [runId] = runIds;
      await waitUntil(() => lab.events.some((e) => e.type === 'run.costs' && e.runId === runId), 60_000, 'the first worker to report costs');
      // The default lock (30 s) would hold the job far longer than this test waits: only the hand-back can free it.
      await first.close();
      const queue = new Queue(queueName(pkg.version), { connection: redisOptions(target), prefix: PREFIX });
      try {
        expect(await queue.getJobCounts('active', 'wait')).toEqual({ active: 0, wait: 1 });
      } finally {
        await queue.close();
      }
      second = await startQueueWorker({ target, engineVersion: pkg.version, workers: 1, worker: sourceWorkerEntry() });
      await lab.service.settled(runIds);
      const d = value(await lab.service.call('runs.get', { id: runId, include: { costs: true, checkpoints: true, params: false } }));
      expect(d.status).toBe('done');
      expect(second.finished).toBe(1);
      expect(lab.events.filter((e) => e.type === 'run.started' && e.runId === runId).length).toBe(2);
      expect(d.costs.map((c) => c.iteration)).toEqual(Array.from({ length: 30_000 }, (_, i) => i));
    } finally {
      await lab.dispose();
      await second?.close();
    }
  }, 120_000);

  it('refuses a job of another engine version put on its queue by hand, naming both versions', async () => {
    const target = parseRedisUrl(redis.url);
    const worker = await startQueueWorker({ target, engineVersion: '9.9.9-test', workers: 1, worker: sourceWorkerEntry() });
    const queue = new Queue(queueName('9.9.9-test'), { connection: redisOptions(target), prefix: PREFIX });
    try {
      const job = await queue.add('run', { runId: 'r-x', config: COURSE_PRESET, engineVersion: '1.0.0-else', labId: 'lab-x' }, { attempts: 1 });
      const t0 = Date.now();
      while ((await job.getState()) !== 'failed' && Date.now() - t0 < 20_000) await new Promise((r) => setTimeout(r, 50));
      const failed = await queue.getJob(job.id!);
      expect(failed?.failedReason).toMatch(/runs engine 9\.9\.9-test, the run needs 1\.0\.0-else/);
    } finally {
      await queue.close();
      await worker.close();
    }
  }, 60_000);

  it('connects with a password, and says which URL refused a wrong one without printing it', async () => {
    const secured = await startRedis({ password: 's3cret' });
    const target = parseRedisUrl(secured.url);
    const worker = await startQueueWorker({ target, engineVersion: pkg.version, workers: 1, worker: sourceWorkerEntry() });
    const wrong = openLab(secured.url.replace('s3cret', 'nope'));
    const right = openLab(secured.url);
    try {
      await expect(wrong.service.connect()).rejects.toThrow(/could not reach Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+: WRONGPASS/);
      const tiny: ExperimentConfigInput = { ...SIX_RUNS, base: { ...baseOf(COURSE_PRESET), iterations: 100 }, arms: [{ init: { name: 'he' } }], seeds: { init: [1], data: null } };
      const { details } = await runAll(right, tiny);
      expect(details[0].status).toBe('done');
      expect(details[0].costs).toHaveLength(100);
    } finally {
      await Promise.all([wrong.dispose(), right.dispose()]);
      await worker.close();
      await secured.stop();
    }
  }, 60_000);

  it('trains from the command line over TLS with a password, printing what the local command line prints', async () => {
    const certs = makeCertificates();
    const secure = await startRedis({ password: 'tls pw', tls: certs });
    // The test CA is trusted the way a user trusts a private one: NODE_EXTRA_CA_CERTS.
    const env = { NODE_EXTRA_CA_CERTS: certs.ca };
    const worker = await startWorkerProcess(secure.url, ['--workers', '1'], env);
    try {
      expect(secure.url).toMatch(/^rediss:\/\/:tls%20pw@127\.0\.0\.1:\d+$/);
      const args = ['train', '--preset', 'course', '--init', 'zeros,he', '--iterations', '500', '--json'];
      const [remote, local] = await Promise.all([spawnCli([...args, '--redis', secure.url], env), spawnCli(args)]);
      expect([remote.status, remote.stderr]).toEqual([0, '']);
      const strip = (text: string) => (JSON.parse(text) as { runs: Record<string, unknown>[] }).runs.map(({ trainSeconds: _t, ...rest }) => rest);
      expect(strip(remote.stdout)).toEqual(strip(local.stdout));
      expect(worker.lines.filter((l) => l.startsWith('training run '))).toHaveLength(2);
    } finally {
      await worker.stop('SIGTERM');
      await secure.stop();
    }
  }, 120_000);

  it('says in one line when the command line cannot reach Redis', async () => {
    const out = await spawnCli(['train', '--preset', 'course', '--init', 'he', '--redis', 'redis://127.0.0.1:1']);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/^init-lab: .*could not reach Redis at redis:\/\/127\.0\.0\.1:\d+: connect ECONNREFUSED/);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('measures the queue overhead per job against the local pool (printed)', async () => {
    const n = 24;
    const tiny: ExperimentConfigInput = {
      ...SIX_RUNS,
      base: { ...baseOf(COURSE_PRESET), iterations: 200, record: { costEvery: 10, checkpointEvery: 200 } },
      arms: [{ init: { name: 'he' } }],
      seeds: { init: Array.from({ length: n }, (_, i) => i + 1), data: null },
    };
    const warmed = new Set<Lab>();
    const time = async (lab: Lab) => {
      // One untimed run first: thread start-up and compilation are not the queue's cost.
      if (!warmed.has(lab)) await runAll(lab, { ...tiny, seeds: { init: [99], data: null } });
      warmed.add(lab);
      const t0 = performance.now();
      const { details } = await runAll(lab, tiny);
      return { seconds: (performance.now() - t0) / 1000, details };
    };
    // Both train on two threads: the local lab's pool, and one worker process with --workers 2.
    const localLab = openLab();
    const worker = await startWorkerProcess(redis.url, ['--workers', '2']);
    workers.push(worker);
    const queueLab = openLab(redis.url);
    try {
      // Alternating rounds, the best of each kept: a burst of other work on the machine during one decides less.
      const rounds = [];
      for (let r = 0; r < 2; r++) rounds.push([await time(localLab), await time(queueLab)] as const);
      const a = rounds.map((x) => x[0]).reduce((p, q) => (q.seconds < p.seconds ? q : p));
      const b = rounds.map((x) => x[1]).reduce((p, q) => (q.seconds < p.seconds ? q : p));
      expect(b.details.map(numbers)).toEqual(a.details.map(numbers));
      const perJobMs = ((b.seconds - a.seconds) / n) * 1000 * 2;
      console.log(
        `queue overhead per job: ${perJobMs.toFixed(1)} ms of one worker's time (${n} runs of 200 iterations on 2 workers: ` +
          `local pool ${a.seconds.toFixed(3)} s, Redis queue ${b.seconds.toFixed(3)} s; load average ${loadavg()[0].toFixed(2)})`,
      );
      expect(Number.isFinite(perJobMs)).toBe(true);
    } finally {
      await Promise.all([localLab.dispose(), queueLab.dispose()]);
      await worker.stop('SIGTERM');
    }
  }, 240_000);
});
