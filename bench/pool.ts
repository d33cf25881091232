// The worker pool against the machine's ceiling: for N = 1, 2, 4 … up to the core count, N independent engine
// processes at once and a pool of N workers train the same runs; pool throughput ÷ process throughput per N.
// `npm run bench -- --only pool` prints it; benchPool() can also be called on its own.
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { COURSE_PRESET, type RunConfig } from '../shared/contract/config';
import { WorkerPool } from '../electron/pool/pool';
import { sourceWorkerEntry, type WorkerEntry } from '../electron/pool/worker-entry';
import type { BenchContext, BenchSection } from './lib/section';

/** What benchPool measures with. */
export interface PoolBenchOptions {
  /** Worker counts to measure (default: 1, 2, 4, 8 … and the core count, none above it). */
  sizes?: number[];
  /** Runs per worker (and per process) in each measurement (default 4). */
  runsPerWorker?: number;
  /** Rounds of (processes, then pool) per N; the best of each is kept, so a burst of other load decides less (default 2). */
  rounds?: number;
  /** The run (default: the course He run with the app's recording). */
  config?: RunConfig;
  worker?: WorkerEntry;
  print?(line: string): void;
}

/** The figures of one N. Throughputs are runs per second, wall time from the start signal to the last run's end. */
export interface PoolBenchRow {
  n: number;
  runs: number;
  processRate: number;
  poolRate: number;
  /** poolRate ÷ processRate: 1 means the pool gets all the machine gives separate processes. */
  ratio: number;
  /** Mean engine training seconds per run in each arm (the engine's own clock: what sharing the machine costs a run). */
  processTrain: number;
  poolTrain: number;
  /** Share of the pool's wall time its main thread was busy (event-loop utilisation). */
  mainBusy: number;
  /** Share of N × wall time the pool's workers spent training (the rest: start-up, dispatch, messages). */
  workerBusy: number;
  /** Messages the main thread received per run, by type. */
  messagesPerRun: Record<string, number>;
}

const ENGINE_PROCESS = fileURLToPath(new URL('./lib/engine-process.ts', import.meta.url));
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** 1, 2, 4 … below the core count, and the core count itself. */
export function defaultSizes(cores: number): number[] {
  const sizes: number[] = [];
  for (let n = 1; n < cores; n *= 2) sizes.push(n);
  sizes.push(cores);
  return sizes;
}

/** N engine processes, each warmed up, started together; each trains `perProcess` runs back to back. */
async function timeProcesses(n: number, perProcess: number, config: RunConfig): Promise<{ seconds: number; train: number[] }> {
  const children = Array.from({ length: n }, () =>
    spawn(process.execPath, ['--import', 'tsx', ENGINE_PROCESS, String(perProcess)], { stdio: ['pipe', 'pipe', 'inherit'] }),
  );
  const lineOf = (child: (typeof children)[number]) => {
    let buf = '';
    const waiters: ((l: string) => void)[] = [];
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        waiters.shift()?.(line);
      }
    });
    return () => new Promise<string>((r) => waiters.push(r));
  };
  const next = children.map(lineOf);
  const ready = next.map((f) => f());
  for (const c of children) c.stdin!.write(`${JSON.stringify(config)}\n`);
  await Promise.all(ready);
  const results = next.map((f) => f());
  for (const c of children) c.stdin!.write('go\n');
  const out = (await Promise.all(results)).map((l) => JSON.parse(l) as { seconds: number; trainSeconds: number[] });
  for (const c of children) c.stdin!.end();
  return { seconds: Math.max(...out.map((o) => o.seconds)), train: out.flatMap((o) => o.trainSeconds) };
}

/** `runs` runs queued at once on a warmed pool: wall seconds, each run's training seconds, main-thread load and messages. */
async function timePool(pool: WorkerPool, runs: number, config: RunConfig, tag: string) {
  const messages: Record<string, number> = {};
  const count = (type: string) => (messages[type] = (messages[type] ?? 0) + 1);
  const elu0 = performance.eventLoopUtilization();
  const t0 = performance.now();
  const ends = await Promise.all(
    Array.from({ length: runs }, (_, i) => pool.submit(`${tag}-${i}`, config, { onReport: (r) => count(r.type) }).ended),
  );
  const seconds = (performance.now() - t0) / 1000;
  const mainBusy = performance.eventLoopUtilization(elu0).utilization;
  const train = ends.map((e) => {
    if (e.kind !== 'done') throw new Error(`a bench run did not finish: ${JSON.stringify(e)}`);
    count('done');
    return e.result.trainSeconds;
  });
  for (const k of Object.keys(messages)) messages[k] /= runs;
  return { seconds, train, mainBusy, messages };
}

/** Measures every N and prints one row per N, then the load average. */
export async function benchPool(options: PoolBenchOptions = {}): Promise<PoolBenchRow[]> {
  const cores = availableParallelism();
  const sizes = options.sizes ?? defaultSizes(cores);
  const perWorker = options.runsPerWorker ?? 4;
  const rounds = options.rounds ?? 2;
  const config = options.config ?? COURSE_PRESET;
  const print = options.print ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const worker = options.worker ?? sourceWorkerEntry();
  const load0 = loadavg()[0];
  print(`cores ${cores}; per N: N engine processes vs a pool of N workers, ${perWorker} course runs each (${config.iterations} iterations, app recording), best of ${rounds} rounds`);
  print(`   N   runs   processes runs/s   pool runs/s   pool ÷ processes   train s/run proc | pool   main thread busy   workers busy   messages/run`);
  const rows: PoolBenchRow[] = [];
  for (const n of sizes) {
    const runs = n * perWorker;
    const pool = new WorkerPool({ worker, size: n });
    let best: PoolBenchRow | null = null;
    try {
      // Every worker trains one run untimed first (thread start-up, module loading, first compilation), as each process does.
      await timePool(pool, n, config, 'warm');
      const procs: Awaited<ReturnType<typeof timeProcesses>>[] = [];
      const pools: Awaited<ReturnType<typeof timePool>>[] = [];
      for (let r = 0; r < rounds; r++) {
        procs.push(await timeProcesses(n, perWorker, config));
        pools.push(await timePool(pool, runs, config, `r${r}`));
      }
      const p = procs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
      const q = pools.reduce((a, b) => (b.seconds < a.seconds ? b : a));
      best = {
        n,
        runs,
        processRate: runs / p.seconds,
        poolRate: runs / q.seconds,
        ratio: p.seconds / q.seconds,
        processTrain: mean(p.train),
        poolTrain: mean(q.train),
        mainBusy: q.mainBusy,
        workerBusy: q.train.reduce((s, x) => s + x, 0) / (n * q.seconds),
        messagesPerRun: q.messages,
      };
    } finally {
      await pool.close();
    }
    rows.push(best);
    const b = best;
    const msgs = Object.entries(b.messagesPerRun)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(', ');
    print(
      `${String(n).padStart(4)} ${String(runs).padStart(6)} ${b.processRate.toFixed(2).padStart(19)} ${b.poolRate.toFixed(2).padStart(13)} ` +
        `${b.ratio.toFixed(2).padStart(18)} ${`${b.processTrain.toFixed(3)} | ${b.poolTrain.toFixed(3)}`.padStart(25)} ` +
        `${`${(100 * b.mainBusy).toFixed(0)}%`.padStart(18)} ${`${(100 * b.workerBusy).toFixed(0)}%`.padStart(14)}   ${msgs}`,
    );
  }
  const worst = rows.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  print(`lowest pool ÷ processes: ${worst.ratio.toFixed(2)} at N = ${worst.n} (goal ≥ 0.90 at every N)`);
  const load = loadavg()[0];
  print(`load average (1 min): ${load0.toFixed(2)} before, ${load.toFixed(2)} after${Math.max(load0, load) > cores ? '  (the machine was busy: both arms shared it with other work)' : ''}`);
  return rows;
}

/** The bench section (bench/index.ts runs every file's `sections`). */
export const sections: BenchSection[] = [
  {
    id: 'pool',
    title: 'Worker pool against independent processes',
    order: 60,
    run: async (ctx: BenchContext) => {
      await benchPool({ rounds: Math.max(1, Math.min(ctx.repeats, 3)), print: (l) => ctx.print(l) });
    },
  },
];

// Run directly: `npx tsx bench/pool.ts`.
if (import.meta.url === `file://${process.argv[1]}`) await benchPool();
