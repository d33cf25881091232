// The fast path's figures: the course run against numpy (ratio, GFLOP/s, what recording costs), a wide
// network against numpy's BLAS (full batch, and mini-batch Adam beside it), and peak resident memory.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { COURSE_PRESET, RunConfigSchema, type RunConfig } from '../shared/contract/config';
import { prepareRun, trainRun, type TrainPath } from '../shared/engine/train';
import type { BenchContext, BenchSection } from './lib/section';
import { runNumpyCourse } from './lib/numpy';
import { median, secs, secsList } from './lib/timing';

/**
 * Floating-point operations of one full-batch training iteration on m samples, counting what the
 * matrix products and bias terms do: forward W·A (2·n_l·n_{l−1}·m) and + b (n_l·m), dW (2·n_l·n_{l−1}·m),
 * db (n_l·m) and, above the first layer, dA = Wᵀ·dZ (2·n_l·n_{l−1}·m). Activations and the loss are left out.
 */
export function flopsPerIteration(dims: readonly number[], m: number): number {
  let flops = 0;
  for (let l = 1; l < dims.length; l++) {
    const macs = dims[l] * dims[l - 1] * m;
    flops += 2 * macs + dims[l] * m + 2 * macs + dims[l] * m + (l > 1 ? 2 * macs : 0);
  }
  return flops;
}

/** Recording as the app does it by default: every cost, checkpoints every 1000 with statistics, grid and histograms. */
const APP_DEFAULTS = RunConfigSchema.parse({}).record;

/** A run with recording off: one cost and the two end checkpoints, nothing else. */
function bare(config: RunConfig): RunConfig {
  const every = config.iterations;
  return { ...config, record: { costEvery: every, checkpointEvery: every, layerStats: false, boundaryGrid: 0, histogramBins: 0 } };
}

function gflops(flops: number, seconds: number): string {
  return `${(flops / seconds / 1e9).toFixed(1)} GFLOP/s`;
}

function pct(x: number): string {
  return `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}%`;
}

const train = (config: RunConfig, path: TrainPath = 'fast') => trainRun(config, {}, { path });

/** A fast run's training seconds, and the process's CPU seconds for the whole call (less exposed to other load). */
function timed(config: RunConfig): { wall: number; cpu: number } {
  const start = process.cpuUsage();
  const wall = train(config).trainSeconds;
  const used = process.cpuUsage(start);
  return { wall, cpu: (used.user + used.system) / 1e6 };
}

async function course({ repeats, print }: BenchContext): Promise<void> {
  const on: RunConfig = { ...COURSE_PRESET, record: APP_DEFAULTS };
  const off = bare(COURSE_PRESET);
  const flops = flopsPerIteration(COURSE_PRESET.network.dims, 300) * COURSE_PRESET.iterations;
  train(on);
  train(off);
  // Engine and numpy alternate, so a change in the machine's load touches both sides alike.
  const fastOn: number[] = [];
  const fastOff: number[] = [];
  const cpuOn: number[] = [];
  const cpuOff: number[] = [];
  const numpy: number[] = [];
  let numpyVersion = '';
  let numpyMissing = '';
  for (let r = 0; r < repeats; r++) {
    const a = timed(on);
    const b = timed(off);
    fastOn.push(a.wall);
    cpuOn.push(a.cpu);
    fastOff.push(b.wall);
    cpuOff.push(b.cpu);
    if (numpyMissing) continue;
    const np = runNumpyCourse(1);
    if (!np.ok) numpyMissing = np.reason;
    else {
      numpy.push(np.result.seconds[0]);
      numpyVersion = np.result.numpy;
    }
  }
  const refRuns = Math.min(repeats, 3);
  const reference = Array.from({ length: refRuns }, () => train(on, 'reference').trainSeconds);
  const engine = median(fastOn);
  const nCheckpoints = COURSE_PRESET.iterations / APP_DEFAULTS.checkpointEvery;
  print(`operations per run              ${(flops / 1e9).toFixed(2)} GFLOP (${flopsPerIteration(COURSE_PRESET.network.dims, 300)} per iteration × ${COURSE_PRESET.iterations})`);
  print(`fast path, app's recording      ${secs(engine)}  ${secsList(fastOn)}  ${gflops(flops, engine)}`);
  print(`fast path, recording off        ${secs(median(fastOff))}  ${secsList(fastOff)}  ${gflops(flops, median(fastOff))}`);
  print(`recording cost                  ${pct(engine / median(fastOff) - 1)} in training seconds, ${pct(median(cpuOn) / median(cpuOff) - 1)} in CPU time  (${nCheckpoints} checkpoints with layer statistics, ${APP_DEFAULTS.boundaryGrid}×${APP_DEFAULTS.boundaryGrid} grid and histograms, every cost; target ≤ +10%)`);
  print(`reference path, same recording  ${secs(median(reference))}  ${secsList(reference)}  (fast path ${(median(reference) / engine).toFixed(1)}× faster; median of ${refRuns})`);
  if (numpyMissing) {
    print(`numpy                           skipped: ${numpyMissing}`);
    return;
  }
  print(`numpy ${numpyVersion.padEnd(26)}${secs(median(numpy))}  ${secsList(numpy)}  (one BLAS thread)`);
  print(`numpy ÷ engine                  ${(median(numpy) / engine).toFixed(2)}  (target ≥ 3)`);
}

const NUMPY_WIDE = fileURLToPath(new URL('./numpy_wide.py', import.meta.url));

/** Times one numpy job; null with the reason when python3 or numpy is missing. */
function numpyJob(job: object, threads: 'default' | 'one'): { seconds: number; cost: number; numpy: string } | string {
  const env = threads === 'one' ? { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' } : process.env;
  const r = spawnSync('python3', [NUMPY_WIDE], { input: JSON.stringify(job), env, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.error) return `python3 not found (${r.error.message})`;
  if (r.status !== 0) return /No module named .?numpy/.test(r.stderr) ? 'numpy is not installed for python3' : `numpy script failed: ${r.stderr.trim().split('\n').pop()}`;
  return JSON.parse(r.stdout) as { seconds: number; cost: number; numpy: string };
}

async function wide({ repeats, print }: BenchContext): Promise<void> {
  const dims = [2, 64, 64, 64, 1];
  const m = 1000;
  const iterations = 100;
  const gd = bare(
    RunConfigSchema.parse({
      data: { kind: 'circles', nTrain: m, nTest: 200, noise: 0.1, seed: 1 },
      network: { dims, activation: 'relu' },
      init: { name: 'he_normal' },
      optimizer: { name: 'gd', lr: 0.01 },
      loss: 'course',
      iterations,
    }),
  );
  const epochs = 20;
  const batch = 64;
  const adam = bare({ ...gd, optimizer: { ...gd.optimizer, name: 'adam', lr: 0.001, batchSize: batch }, iterations: epochs * Math.ceil(m / batch) });
  const setup = prepareRun(gd);
  const rows = (x: Float64Array, r: number, c: number) => Array.from({ length: r }, (_, i) => Array.from(x.subarray(i * c, i * c + c)));
  const data = {
    X: rows(setup.xTrain.dense!, 2, m),
    Y: Array.from(setup.dataset.yTrain),
    W: setup.initialParams.W.map((w, l) => rows(w, dims[l + 1], dims[l])),
    b: setup.initialParams.b.map((b) => Array.from(b)),
  };
  const flops = flopsPerIteration(dims, m);
  train(gd);
  train(adam);
  const engineGd: number[] = [];
  const engineAdam: number[] = [];
  const np: Record<'gd' | 'gd1' | 'adam', number[]> = { gd: [], gd1: [], adam: [] };
  let engineCost = NaN;
  let numpyCost = NaN;
  let missing = '';
  let version = '';
  for (let r = 0; r < repeats; r++) {
    const run = train(gd);
    engineCost = run.finalCost;
    engineGd.push(run.trainSeconds / iterations);
    engineAdam.push(train(adam).trainSeconds / epochs);
    if (missing) continue;
    const jobs = [
      ['gd', { ...data, case: 'gd', iterations }, 'default'],
      ['gd1', { ...data, case: 'gd', iterations }, 'one'],
      ['adam', { ...data, case: 'adam', epochs, batch, seed: 1 }, 'one'],
    ] as const;
    for (const [key, job, threads] of jobs) {
      const out = numpyJob(job, threads);
      if (typeof out === 'string') {
        missing = out;
        break;
      }
      version = out.numpy;
      np[key].push(out.seconds / (key === 'adam' ? epochs : iterations));
      if (key === 'gd') numpyCost = out.cost;
    }
  }
  const e = median(engineGd);
  print(`operations per iteration        ${(flops / 1e6).toFixed(1)} MFLOP (full batch of ${m})`);
  print(`fast path, full-batch GD        ${(e * 1e3).toFixed(2)} ms/iteration  ${gflops(flops, e)}  (median of ${repeats} × ${iterations} iterations)`);
  print(`fast path, Adam, batches of ${batch}  ${(median(engineAdam) * 1e3).toFixed(2)} ms/epoch  ${((m / median(engineAdam)) / 1e3).toFixed(0)}k samples/s  (${Math.ceil(m / batch)} updates per epoch)`);
  if (missing) {
    print(`numpy                           skipped: ${missing}`);
    return;
  }
  const n = median(np.gd);
  const n1 = median(np.gd1);
  print(`numpy ${version.padEnd(26)}${(n * 1e3).toFixed(2)} ms/iteration  ${gflops(flops, n)}  (BLAS threads as installed)`);
  print(`numpy, one BLAS thread          ${(n1 * 1e3).toFixed(2)} ms/iteration  ${gflops(flops, n1)}`);
  print(`numpy Adam, batches of ${batch}       ${(median(np.adam) * 1e3).toFixed(2)} ms/epoch  (one BLAS thread)`);
  print(`engine speed ÷ numpy speed      ${(n / e).toFixed(2)} (full batch, target ≥ 0.33); ${(n1 / e).toFixed(2)} against one thread; Adam ${(median(np.adam) / median(engineAdam)).toFixed(2)}`);
  print(`same computation?               final cost ${engineCost.toPrecision(12)} (engine) vs ${numpyCost.toPrecision(12)} (numpy), same data and initial weights`);
}

const MEMORY_CHILD = fileURLToPath(new URL('./lib/kernel-memory.ts', import.meta.url));

async function memory({ print }: BenchContext): Promise<void> {
  // Each figure is a fresh process's peak, so earlier sections do not count.
  const peak = (scenario: string): number => {
    const r = spawnSync(process.execPath, [...process.execArgv, MEMORY_CHILD, scenario], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`memory child failed: ${r.stderr}`);
    return (JSON.parse(r.stdout) as { maxRssMB: number }).maxRssMB;
  };
  const idle = peak('idle');
  const one = peak('one');
  const sweep = peak('sweep');
  print(`engine loaded, no run           ${idle.toFixed(0)} MB peak resident`);
  print(`one course run (app recording)  ${one.toFixed(0)} MB  (+${(one - idle).toFixed(0)} MB)`);
  print(`30-run course sweep, all kept   ${sweep.toFixed(0)} MB  (+${(sweep - idle).toFixed(0)} MB)`);
}

/** The kernel's sections of `npm run bench`. */
export const sections: BenchSection[] = [
  { id: 'kernel-course', title: 'Fast path: course He run, [2,10,5,1], 300 points, 15000 iterations (training seconds, median)', order: 20, run: course },
  { id: 'kernel-wide', title: 'Fast path: wide ReLU net [2,64,64,64,1], 1000 points (median)', order: 21, run: wide },
  { id: 'kernel-memory', title: 'Fast path: peak resident memory', order: 22, run: memory },
];
