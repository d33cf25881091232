// The worker pool's parallel efficiency: N independent course runs on the pool against one run alone.
// `npm run bench` prints it (section `pool`); benchPool() can also be called on its own.
import { availableParallelism, loadavg } from 'node:os';
import { COURSE_PRESET, type RunConfig } from '../shared/contract/config';
import { WorkerPool } from '../electron/pool/pool';
import { sourceWorkerEntry, type WorkerEntry } from '../electron/pool/worker-entry';
import { median } from './lib/timing';

/** What benchPool measures with. */
export interface PoolBenchOptions {
  /** Workers (default: one per core, so that the figure can reach the number of cores). */
  poolSize?: number;
  /** Runs queued at once (default: eight per worker, so that each worker's first and last run are a small part of the whole). */
  runs?: number;
  /** Timed repeats of the single run in each round (median taken; default 5). */
  repeats?: number;
  /** Rounds of (single runs, then all runs on the pool); the best round of each is reported (default 3). */
  rounds?: number;
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
  /** Mean of the engine's own training seconds per run, alone and with the pool full: what sharing the machine costs each run. */
  trainSecondsAlone: number;
  trainSecondsPooled: number;
  speedup: number;
  efficiency: number;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Wall seconds from queueing the runs to the last one's end, and each run's own training seconds. */
async function timeRuns(pool: WorkerPool, configs: RunConfig[], tag: string): Promise<{ seconds: number; train: number[] }> {
  const t0 = performance.now();
  const ends = await Promise.all(configs.map((c, i) => pool.submit(`${tag}-${i}`, c).ended));
  const seconds = (performance.now() - t0) / 1000;
  const train: number[] = [];
  for (const e of ends) {
    if (e.kind !== 'done') throw new Error(`a bench run did not finish: ${JSON.stringify(e)}`);
    train.push(e.result.trainSeconds);
  }
  return { seconds, train };
}

/** Runs the measurement and prints one line per figure. */
export async function benchPool(options: PoolBenchOptions = {}): Promise<PoolBenchResult> {
  const cores = availableParallelism();
  const poolSize = options.poolSize ?? cores;
  const runs = options.runs ?? 8 * poolSize;
  const config = options.config ?? COURSE_PRESET;
  const print = options.print ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const worker = options.worker ?? sourceWorkerEntry();

  // Wall time of one run alone on a warmed worker (what a user waits for one run), and of `runs` runs queued
  // on the full pool. Every worker first trains one whole run untimed: thread start-up, module loading and the
  // JIT's first compilation of this network's code (the first full run is ~15% slower) are not what is measured.
  // Rounds alternate the two measurements and each keeps its best round, so a burst of other work on the
  // machine during one of them does not decide the figure (it still lowers it; the load average is printed).
  const rounds = options.rounds ?? 3;
  const alone = new WorkerPool({ worker, size: 1 });
  const pool = new WorkerPool({ worker, size: poolSize });
  const singleRounds: number[][] = [];
  const trainAlone: number[] = [];
  const batches: { seconds: number; train: number[] }[] = [];
  try {
    await timeRuns(alone, [config], 'warm');
    await timeRuns(pool, Array.from({ length: poolSize }, () => config), 'warm');
    for (let r = 0; r < rounds; r++) {
      const singles: number[] = [];
      for (let i = 0; i < (options.repeats ?? 5); i++) {
        const t = await timeRuns(alone, [config], `single${r}-${i}`);
        singles.push(t.seconds);
        trainAlone.push(...t.train);
      }
      singleRounds.push(singles);
      batches.push(await timeRuns(pool, Array.from({ length: runs }, () => config), `all${r}`));
    }
  } finally {
    await Promise.all([alone.close(), pool.close()]);
  }
  const singleSeconds = Math.min(...singleRounds.map(median));
  const all = batches.reduce((best, b) => (b.seconds < best.seconds ? b : best));
  const allSeconds = all.seconds;
  const load = loadavg()[0];
  const speedup = (runs * singleSeconds) / allSeconds;
  const efficiency = speedup / poolSize;
  print(`cores ${cores}, pool ${poolSize} workers, ${runs} course runs (${config.iterations} iterations, app recording)`);
  print(`one run alone             ${singleSeconds.toFixed(3)} s  (best of ${rounds} rounds' medians of ${singleRounds[0].length}: ${singleRounds.map((r) => median(r).toFixed(3)).join(', ')})`);
  print(`${runs} runs on the pool${' '.repeat(Math.max(1, 8 - String(runs).length))}${allSeconds.toFixed(3)} s  (best of ${rounds} rounds: ${batches.map((b) => b.seconds.toFixed(3)).join(', ')})`);
  print(`speed-up                  ${speedup.toFixed(2)}×  (target ≥ ${(0.85 * cores).toFixed(2)}× = 0.85 × ${cores} cores)`);
  print(`parallel efficiency       ${efficiency.toFixed(2)}  (speed-up ÷ workers)`);
  const trainSecondsAlone = mean(trainAlone);
  const trainSecondsPooled = mean(all.train);
  print(`one run's training time   ${trainSecondsAlone.toFixed(3)} s alone, ${trainSecondsPooled.toFixed(3)} s with ${poolSize} training at once (×${(trainSecondsPooled / trainSecondsAlone).toFixed(2)}; near 1 on an idle machine)`);
  // Other processes competing for the cores lower the figure; the load average says how busy the machine was.
  print(`load average (1 min)      ${load.toFixed(2)}${load > cores ? '  (the machine was busy: the figure understates the pool)' : ''}`);
  return { cores, poolSize, runs, singleSeconds, allSeconds, trainSecondsAlone, trainSecondsPooled, speedup, efficiency };
}

/** The bench section (bench/index.ts runs every file's `sections`). */
export const sections = [
  {
    id: 'pool',
    title: 'Worker pool: parallel efficiency',
    order: 60,
    run: async (ctx: { repeats: number; print(line?: string): void }) => {
      await benchPool({ repeats: ctx.repeats, print: (l) => ctx.print(l) });
    },
  },
];

// Run directly: `npx tsx bench/pool.ts`.
if (import.meta.url === `file://${process.argv[1]}`) await benchPool();
