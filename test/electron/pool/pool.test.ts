import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RunConfigSchema, type RunConfig } from '../../../shared/contract/config';
import type { WorkerReport } from '../../../shared/contract/worker-messages';
import { WorkerPool, defaultPoolSize, poolSizeFromEnv } from '../../../electron/pool/pool';
import { typeScriptEntry } from '../../../electron/pool/worker-entry';
import { fakeCost } from '../helpers/fake-train';
import { FAULT_SEEDS } from '../helpers/fault-seeds';

// Real RunConfigs, trained by the scripted fake: 1 ms per iteration, a checkpoint every 10, faults by init seed.
const entry = typeScriptEntry(join(__dirname, '..', 'helpers', 'fake-engine-worker.ts'));
let pool: WorkerPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

function collect() {
  const reports: WorkerReport[] = [];
  return { reports, on: { onReport: (r: WorkerReport) => void reports.push(r) } };
}

const run = (iterations: number, initSeed = 1): RunConfig => RunConfigSchema.parse({ iterations, initSeed });

describe('WorkerPool', () => {
  it('defaults to one worker per core but one, at least one', () => {
    expect(defaultPoolSize()).toBeGreaterThanOrEqual(1);
    expect(new WorkerPool({ worker: entry }).size).toBe(defaultPoolSize());
    expect(new WorkerPool({ worker: entry, size: 0 }).size).toBe(1);
  });

  it('trains the course\'s three arms at once by default even on a 2-core machine', () => {
    expect(defaultPoolSize(1)).toBe(3);
    expect(defaultPoolSize(2)).toBe(3);
    expect(defaultPoolSize(16)).toBe(15);
  });

  it('takes its size from INIT_LAB_WORKERS and refuses a value that is not a whole number by name', () => {
    expect(poolSizeFromEnv({})).toBeNull();
    expect(poolSizeFromEnv({ INIT_LAB_WORKERS: '2' })).toBe(2);
    expect(() => poolSizeFromEnv({ INIT_LAB_WORKERS: 'lots' })).toThrow(/INIT_LAB_WORKERS: got "lots"/);
    expect(() => poolSizeFromEnv({ INIT_LAB_WORKERS: '0' })).toThrow(/INIT_LAB_WORKERS/);
  });

  it('streams every cost in order, as typed arrays, before the result', async () => {
    pool = new WorkerPool({ worker: entry, size: 1, costFlushMs: 0 });
    const c = collect();
    const end = await pool.submit('j1', run(25), c.on).ended;
    expect(end.kind).toBe('done');
    const chunks = c.reports.filter((r) => r.type === 'costs');
    expect(chunks.every((r) => r.type === 'costs' && r.costs instanceof Float64Array)).toBe(true);
    const its = chunks.flatMap((r) => (r.type === 'costs' ? Array.from(r.iterations) : []));
    const costs = chunks.flatMap((r) => (r.type === 'costs' ? Array.from(r.costs) : []));
    expect(its).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(costs).toEqual(its.map(fakeCost));
    expect(c.reports.filter((r) => r.type === 'checkpoint').map((r) => (r.type === 'checkpoint' ? r.checkpoint.iteration : -1))).toEqual([0, 10, 20]);
    if (end.kind === 'done') expect(end.result.finalParams.W[0]).toEqual(new Float64Array([25, -25]));
  });

  it('runs jobs beyond its size one after another and finishes them all', async () => {
    pool = new WorkerPool({ worker: entry, size: 2 });
    const ends = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => pool!.submit(id, run(5)).ended));
    expect(ends.map((e) => e.kind)).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(pool.workers).toBeLessThanOrEqual(2);
  });

  it('sends progress no more often than its interval allows', async () => {
    pool = new WorkerPool({ worker: entry, size: 1, progressIntervalMs: 50 });
    const c = collect();
    const t0 = performance.now();
    await pool.submit('p', run(150, FAULT_SEEDS.slow), c.on).ended;
    const seconds = (performance.now() - t0) / 1000;
    const progress = c.reports.filter((r) => r.type === 'progress').length;
    expect(progress).toBeGreaterThan(2);
    expect(progress).toBeLessThanOrEqual(Math.ceil(seconds * 20) + 1);
  });

  it('stops a training job within a second of cancel', async () => {
    pool = new WorkerPool({ worker: entry, size: 1 });
    let started!: () => void;
    const training = new Promise<void>((r) => (started = r));
    const job = pool.submit('long', run(100_000), { onReport: (r) => r.type === 'costs' && started() });
    await training;
    const t0 = performance.now();
    job.cancel();
    const end = await job.ended;
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(end.kind).toBe('done');
    if (end.kind === 'done') expect(end.result.outcome).toBe('cancelled');
  });

  it('drops a queued job on cancel without running it', async () => {
    pool = new WorkerPool({ worker: entry, size: 1 });
    const first = pool.submit('first', run(50));
    const c = collect();
    const second = pool.submit('second', run(5), c.on);
    second.cancel();
    expect(await second.ended).toEqual({ kind: 'cancelled' });
    expect((await first.ended).kind).toBe('done');
    expect(c.reports).toEqual([]);
  });

  it('ends a worker that ignores cancel and replaces it', async () => {
    pool = new WorkerPool({ worker: entry, size: 1, cancelGraceMs: 300 });
    let started!: () => void;
    const training = new Promise<void>((r) => (started = r));
    const stuck = pool.submit('stuck', run(10, FAULT_SEEDS.spins), { onReport: (r) => r.type === 'costs' && started() });
    await training;
    const t0 = performance.now();
    stuck.cancel();
    expect(await stuck.ended).toEqual({ kind: 'cancelled' });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect((await pool.submit('after', run(5)).ended).kind).toBe('done');
  });

  it('fails only the job whose training throws, with its message, and goes on', async () => {
    pool = new WorkerPool({ worker: entry, size: 1 });
    const bad = pool.submit('bad', run(10, FAULT_SEEDS.throws));
    const good = pool.submit('good', run(5));
    expect(await bad.ended).toEqual({ kind: 'error', message: 'scripted failure at iteration 3' });
    expect((await good.ended).kind).toBe('done');
  });

  it('fails only the job whose worker dies, replaces the worker, and goes on', async () => {
    pool = new WorkerPool({ worker: entry, size: 2 });
    const dies = pool.submit('dies', run(10, FAULT_SEEDS.exits));
    const others = ['o1', 'o2', 'o3'].map((id) => pool!.submit(id, run(20)));
    const end = await dies.ended;
    expect(end.kind).toBe('error');
    if (end.kind === 'error') expect(end.message).toMatch(/worker stopped unexpectedly \(exit code 3\)/);
    expect((await Promise.all(others.map((o) => o.ended))).map((e) => e.kind)).toEqual(['done', 'done', 'done']);
  });

  it('reports a diverged run as a result with the iteration', async () => {
    pool = new WorkerPool({ worker: entry, size: 1 });
    const end = await pool.submit('nan', run(50, FAULT_SEEDS.diverges)).ended;
    expect(end.kind === 'done' && [end.result.outcome, end.result.divergedAt]).toEqual(['diverged', 5]);
  });

  it('cancels queued and running jobs when it closes', async () => {
    pool = new WorkerPool({ worker: entry, size: 1 });
    const a = pool.submit('a', run(100_000));
    const b = pool.submit('b', run(5));
    await new Promise((r) => setTimeout(r, 100));
    await pool.close();
    expect(await a.ended).toEqual({ kind: 'cancelled' });
    expect(await b.ended).toEqual({ kind: 'cancelled' });
  });

  it('tells the listener when a job is handed to a worker, before any report', async () => {
    pool = new WorkerPool({ worker: entry, size: 1 });
    const seen: string[] = [];
    const job = pool.submit('s', run(5), { onStart: () => seen.push('start'), onReport: (r) => seen.push(r.type) });
    expect(seen).toEqual([]);
    await job.ended;
    expect(seen[0]).toBe('start');
    expect(seen.filter((t) => t === 'start')).toHaveLength(1);
  });
});
