// The worker pool's parallel efficiency: N independent course runs on the pool against one run alone.
// `npm run bench` prints it (section `pool`); benchPool() can also be called on its own.
import { availableParallelism, loadavg } from 'node:os';
import { COURSE_PRESET, type RunConfig } from '../shared/contract/config';
import { WorkerPool } from '../electron/pool/pool';
import { sourceWorkerEntry, type WorkerEntry } from '../electron/pool/worker-entry';

/** What benchPool measures with. */
export interface PoolBenchOptions {
  /** Workers (default: one per core, so that the figure can reach the number of cores). */
  poolSize?: number;
  /** Runs trained at once (default: twice the pool size). */
  runs?: number;
  /** Timed repeats of the single run (median taken; default 3). */
  repeats?: number;
  /** The run (default: the course He run with the app's recording). */
  config?: RunConfig;
  worker?: WorkerEntry;
  print?(line: string): void;
}

/** The measured figures. Speed-up = runs × single ÷ wall time of all runs; efficiency = speed-up ÷ pool size. */
export interface PoolBenchResult {
  cores: number;
  poolSize: number;
  runs: number;
  singleSeconds: number;
  allSeconds: number;
  speedup: number;
  efficiency: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function timeRuns(pool: WorkerPool, configs: RunConfig[], tag: string): Promise<number> {
  const t0 = performance.now();
  const ends = await Promise.all(configs.map((c, i) => pool.submit(`${tag}-${i}`, c).ended));
  const seconds = (performance.now() - t0) / 1000;
  const bad = ends.find((e) => e.kind !== 'done');
  if (bad) throw new Error(`a bench run did not finish: ${JSON.stringify(bad)}`);
  return seconds;
}

/** Runs the measurement and prints one line per figure. */
export async function benchPool(options: PoolBenchOptions = {}): Promise<PoolBenchResult> {
  const cores = availableParallelism();
  const poolSize = options.poolSize ?? cores;
  const runs = options.runs ?? 2 * poolSize;
  const config = options.config ?? COURSE_PRESET;
  const print = options.print ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const worker = options.worker ?? sourceWorkerEntry();
  const short: RunConfig = { ...config, iterations: 50 };

  // Wall time of one run alone on a warmed worker: what a user waits for one run.
  const alone = new WorkerPool({ worker, size: 1 });
  const singles: number[] = [];
  try {
    await timeRuns(alone, [short], 'warm');
    for (let i = 0; i < (options.repeats ?? 3); i++) singles.push(await timeRuns(alone, [config], `single${i}`));
  } finally {
    await alone.close();
  }
  const singleSeconds = median(singles);

  const pool = new WorkerPool({ worker, size: poolSize });
  let allSeconds: number;
  try {
    // One short job per worker first, so thread start-up and module loading are not timed.
    await timeRuns(pool, Array.from({ length: poolSize }, () => short), 'warm');
    allSeconds = await timeRuns(pool, Array.from({ length: runs }, () => config), 'all');
  } finally {
    await pool.close();
  }
  const load = loadavg()[0];
  const speedup = (runs * singleSeconds) / allSeconds;
  const efficiency = speedup / poolSize;
  print(`cores ${cores}, pool ${poolSize} workers, ${runs} course runs (${config.iterations} iterations, app recording)`);
  print(`one run alone             ${singleSeconds.toFixed(3)} s  (median of ${singles.length}: ${singles.map((s) => s.toFixed(3)).join(', ')})`);
  print(`${runs} runs on the pool${' '.repeat(Math.max(1, 8 - String(runs).length))}${allSeconds.toFixed(3)} s`);
  print(`speed-up                  ${speedup.toFixed(2)}×  (target ≥ ${(0.85 * cores).toFixed(2)}× = 0.85 × ${cores} cores)`);
  print(`parallel efficiency       ${efficiency.toFixed(2)}  (speed-up ÷ workers)`);
  // Other processes competing for the cores lower the figure; the load average says how busy the machine was.
  print(`load average (1 min)      ${load.toFixed(2)}${load > cores ? '  (the machine was busy: the figure understates the pool)' : ''}`);
  return { cores, poolSize, runs, singleSeconds, allSeconds, speedup, efficiency };
}

/** The bench section (bench/index.ts runs every file's `sections`). */
export const sections = [
  {
    id: 'pool',
    title: 'Worker pool: parallel efficiency',
    order: 60,
    run: async (ctx: { repeats: number; print(line?: string): void }) => {
      await benchPool({ repeats: Math.min(ctx.repeats, 3), print: (l) => ctx.print(l) });
    },
  },
];

// Run directly: `npx tsx bench/pool.ts`.
if (import.meta.url === `file://${process.argv[1]}`) await benchPool();
