// The default phase diagram (sweeps.phase with no arguments) timed on this machine's pool, the Redis queue's cost per
// job measured beside it (when redis-server is installed), and from both the time the diagram would take on 10 and
// 100 workers. `npm run bench -- --only phase`.
import { availableParallelism, loadavg } from 'node:os';
import { DEFAULT_PHASE } from '../shared/contract/phase-diagram';
import { sourceWorkerEntry } from '../electron/pool/worker-entry';
import { startQueueWorker } from '../electron/queue/queue-worker';
import { parseRedisUrl } from '../electron/queue/redis-url';
import { LabService } from '../electron/service/lab-service';
import pkg from '../package.json';
import { hasRedisServer, startRedis } from '../test/electron/helpers/redis';
import type { BenchContext, BenchSection } from './lib/section';

type PhaseInput = Parameters<LabService['api']['sweeps.phase']>[0];

/** Runs a phase diagram to the end: wall seconds and every run's own training seconds. */
async function timeDiagram(service: LabService, input: PhaseInput): Promise<{ seconds: number; train: number[] }> {
  const t0 = performance.now();
  const r = await service.api['sweeps.phase'](input);
  if (!r.ok) throw new Error(r.error.message);
  await service.settled(r.value.runIds);
  const seconds = (performance.now() - t0) / 1000;
  const train: number[] = [];
  for (const id of r.value.runIds) {
    const d = await service.api['runs.get']({ id, include: { costs: false, checkpoints: false, params: false } });
    if (!d.ok || (d.value.status !== 'done' && d.value.status !== 'diverged')) throw new Error(`phase run ${id} did not finish`);
    train.push(d.value.trainSeconds ?? NaN);
  }
  return { seconds, train };
}

/** Seconds per job the queue adds: the same small diagram through Redis and on the local pool, same number of slots. */
async function queueOverhead(slots: number, print: (l: string) => void): Promise<number | null> {
  if (!hasRedisServer) {
    print('queue overhead: not measured (redis-server is not installed)');
    return null;
  }
  const redis = await startRedis();
  const worker = await startQueueWorker({ target: parseRedisUrl(redis.url), engineVersion: pkg.version, workers: slots, worker: sourceWorkerEntry() });
  const local = LabService.open({ databasePath: ':memory:', poolSize: slots, worker: sourceWorkerEntry(), log: () => {} });
  const queued = LabService.open({ databasePath: ':memory:', redis: redis.url, log: () => {} });
  try {
    // Short runs (a small net on moons, not the diagram's digits), so the difference is the queue's, not the runs' noise.
    const base = {
      data: { kind: 'moons', nTrain: 200, nTest: 200, noise: 0.15, seed: 1 },
      network: { dims: [2, 16, 1], activation: 'tanh' },
      init: { name: 'lecun_normal', bias: 0 },
      optimizer: { name: 'sgd', lr: 0.01, batchSize: 32 },
      iterations: 300,
      record: { costEvery: 10, checkpointEvery: 300, boundaryGrid: 0, layerStats: false, histogramBins: 0 },
    };
    const small: PhaseInput = { base, depths: [2], sigmaW2: [1, 1.5, 2, 2.5, 3, 3.5], seeds: [1, 2, 3, 4, 5, 6, 7, 8] };
    await timeDiagram(local, { ...small, seeds: [9] });
    await timeDiagram(queued, { ...small, seeds: [9] });
    const a = await timeDiagram(local, small);
    const b = await timeDiagram(queued, small);
    const jobs = a.train.length;
    const perJob = ((b.seconds - a.seconds) * slots) / jobs;
    print(`queue overhead: ${(perJob * 1000).toFixed(1)} ms of a worker's time per job (${jobs} short runs on ${slots} slots: local ${a.seconds.toFixed(2)} s, queue ${b.seconds.toFixed(2)} s)`);
    return Math.max(0, perJob);
  } finally {
    await Promise.all([local.close(), queued.close()]);
    await worker.close();
    await redis.stop();
  }
}

async function run({ print }: BenchContext): Promise<void> {
  const cores = availableParallelism();
  const runs = DEFAULT_PHASE.sigmaW2.length * DEFAULT_PHASE.depths.length * DEFAULT_PHASE.seeds.length;
  const load0 = loadavg()[0];
  const overhead = await queueOverhead(cores, print);
  const service = LabService.open({ databasePath: ':memory:', poolSize: cores, worker: sourceWorkerEntry(), log: () => {} });
  let t: { seconds: number; train: number[] };
  try {
    t = await timeDiagram(service, {});
  } finally {
    await service.close();
  }
  const total = t.train.reduce((s, x) => s + x, 0);
  const longest = Math.max(...t.train);
  print(
    `default phase diagram: ${runs} runs (σ_w² ${DEFAULT_PHASE.sigmaW2.length} × depth ${DEFAULT_PHASE.depths.length} × seeds ${DEFAULT_PHASE.seeds.length}; ` +
      `width ${DEFAULT_PHASE.width}, ${DEFAULT_PHASE.base.iterations} steps) in ${t.seconds.toFixed(1)} s on ${cores} local workers`,
  );
  // A run costs a worker more than its training loop (data set from the worker's cache, weights, kernel memory): the
  // wall time × workers ÷ runs is what each run took of a worker, and what more workers divide.
  const perRun = (t.seconds * cores) / runs;
  print(`per run: training mean ${(total / runs).toFixed(3)} s, longest ${longest.toFixed(3)} s (${total.toFixed(1)} s in all); of a worker's time ${perRun.toFixed(3)} s (wall × ${cores} ÷ ${runs})`);
  // W workers: the work spread evenly, plus the queue's cost per job, but never less than the longest single run.
  const perJob = overhead ?? 0;
  for (const w of [10, 100]) {
    const est = Math.max(longest + perJob, (runs * (perRun + perJob)) / w);
    print(`estimate on ${w} queue workers: ${est.toFixed(1)} s  (= max(longest run, ${runs} × (${perRun.toFixed(3)} s + ${(perJob * 1000).toFixed(1)} ms) ÷ ${w}))`);
  }
  const load = loadavg()[0];
  print(`load average (1 min): ${load0.toFixed(2)} before, ${load.toFixed(2)} after${Math.max(load0, load) > cores ? ' (busy machine: per-run times are inflated)' : ''}`);
}

/** The bench section. */
export const sections: BenchSection[] = [{ id: 'phase', title: 'Phase diagram: runs, time here, estimate on 10 and 100 workers', order: 70, run }];
