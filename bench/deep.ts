// Deep and large networks against numpy with one BLAS thread, alternating in the same run: a deep narrow net
// ([2, 32×20, 1], full-batch GD, tanh and ReLU) and MNIST's AI Notes net ([784, 300×4, 10] tanh, softmax, SGD batch 100).
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { RunConfigSchema, type RunConfig } from '../shared/contract/config';
import { tanh } from '../shared/engine/nn/tanh';
import { ulpDistance } from '../shared/engine/nn/ulp';
import { prepareRun, trainRun, type RunSetup } from '../shared/engine/train';
import { createCachedLoader } from '../electron/worker/data-files';
import { flopsPerIteration } from './kernel';
import { kernelSplit, splitLine } from './lib/kernel-split';
import { measureFmaPeakGflops, measurePeakGflops } from './lib/peak';
import type { BenchContext, BenchSection } from './lib/section';
import { median, secsList } from './lib/timing';

const NUMPY_MLP = fileURLToPath(new URL('./numpy_mlp.py', import.meta.url));

interface NumpyOut {
  numpy: string;
  blas: string;
  seconds: number;
  cpu: number;
  cost: number;
}

/**
 * Runs one numpy job with one BLAS thread. OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are unset for this
 * command only (they pin an older kernel on this machine); the BLAS it then uses is reported.
 */
function numpyJob(job: object): NumpyOut | string {
  const env: NodeJS.ProcessEnv = { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  const r = spawnSync('python3', [NUMPY_MLP], { input: JSON.stringify(job), env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error) return `python3 not found (${r.error.message})`;
  if (r.status !== 0) return /No module named .?numpy/.test(r.stderr) ? 'numpy is not installed for python3' : `numpy script failed: ${r.stderr.trim().split('\n').pop()}`;
  return JSON.parse(r.stdout) as NumpyOut;
}

/**
 * A run's seconds for its iterations alone, wall and process CPU, scaled from the stretch between its first
 * and last progress reports: the checkpoints at iteration 0 and at the end (a pass over the whole training
 * and test sets each, which numpy's loop does not make) stay outside it.
 */
function timedRun(config: RunConfig): { wall: number; cpu: number; cost: number } {
  const marks: { iteration: number; wall: number; cpu: number }[] = [];
  const cpuNow = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  const run = trainRun(
    config,
    { progressIntervalMs: 0, onProgress: (p) => void marks.push({ iteration: p.iteration, wall: performance.now() / 1000, cpu: cpuNow() }) },
    { path: 'fast', loadData },
  );
  const inner = marks.filter((m) => m.iteration < config.iterations);
  const first = inner[0];
  const last = inner[inner.length - 1];
  const scale = config.iterations / (last.iteration - first.iteration);
  return { wall: (last.wall - first.wall) * scale, cpu: (last.cpu - first.cpu) * scale, cost: run.finalCost };
}

/** Recording off: one cost and the two end checkpoints. */
function bare(config: RunConfig): RunConfig {
  const every = config.iterations;
  return { ...config, record: { ...config.record, costEvery: every, checkpointEvery: every, layerStats: false, boundaryGrid: 0, histogramBins: 0 } };
}

/** The data files the worker reads (the built-in MNIST digits), cached. */
const loadData = createCachedLoader();

/** The numpy job for a run: its first m training samples and initial parameters as nested lists. */
function numpyData(setup: RunSetup, m = setup.dataset.nTrain): object {
  const { config } = setup;
  const dims = config.network.dims;
  const x = new Float64Array(dims[0] * m);
  setup.xTrain.gather(x, m, 0, m);
  const rows = (x: Float64Array, r: number, c: number) => Array.from({ length: r }, (_, i) => Array.from(x.subarray(i * c, i * c + c)));
  return {
    X: rows(x, dims[0], m),
    Y: Array.from(setup.dataset.yTrain.subarray(0, m)),
    W: setup.initialParams.W.map((w, l) => rows(w, dims[l + 1], dims[l])),
    b: setup.initialParams.b.map((b) => Array.from(b)),
    activation: config.network.activation,
    output: dims[dims.length - 1] > 1 ? 'softmax' : 'sigmoid',
    lr: config.optimizer.lr,
    iterations: config.iterations,
  };
}

/** Largest ulp distance of the engine's tanh from Math.tanh over a dense sweep, and where. */
function tanhUlpSweep(): { worst: number; at: number; exact: number; count: number } {
  let worst = 0;
  let at = 0;
  let exact = 0;
  let count = 0;
  const check = (x: number) => {
    const d = ulpDistance(tanh(x), Math.tanh(x));
    count++;
    if (d === 0) exact++;
    if (d > worst) {
      worst = d;
      at = x;
    }
  };
  for (let i = 0; i <= 2_000_000; i++) check(-25 + (50 * i) / 2_000_000);
  for (let i = 0; i <= 100_000; i++) check(10 ** (-300 + (600 * i) / 100_000));
  return { worst, at, exact, count };
}

interface Side {
  wall: number[];
  cpu: number[];
}

/** Engine and numpy alternately, `repeats` times each; prints the comparison lines. */
function compare(label: string, config: RunConfig, job: object, flops: number, repeats: number, print: (line?: string) => void, sameData = true): number | null {
  timedRun(config);
  const engine: Side = { wall: [], cpu: [] };
  const numpy: Side = { wall: [], cpu: [] };
  let missing = '';
  let info = '';
  let engineCost = NaN;
  let numpyCost = NaN;
  for (let r = 0; r < repeats; r++) {
    const e = timedRun(config);
    engine.wall.push(e.wall);
    engine.cpu.push(e.cpu);
    engineCost = e.cost;
    if (missing) continue;
    const n = numpyJob(job);
    if (typeof n === 'string') {
      missing = n;
      continue;
    }
    numpy.wall.push(n.seconds);
    numpy.cpu.push(n.cpu);
    numpyCost = n.cost;
    info = `numpy ${n.numpy}, ${n.blas}`;
  }
  const gf = (s: number) => `${(flops / s / 1e9).toFixed(1)} GFLOP/s`;
  const e = median(engine.wall);
  print(`${label}: engine      ${e.toFixed(3)} s ${secsList(engine.wall)}  CPU ${median(engine.cpu).toFixed(3)} s  ${gf(e)}`);
  if (missing) {
    print(`${label}: numpy       skipped: ${missing}`);
    return null;
  }
  const n = median(numpy.wall);
  print(`${label}: numpy       ${n.toFixed(3)} s ${secsList(numpy.wall)}  CPU ${median(numpy.cpu).toFixed(3)} s  ${gf(n)}  (${info})`);
  const ratio = n / e;
  const costs = sameData ? `; final cost ${engineCost.toPrecision(10)} (engine) vs ${numpyCost.toPrecision(10)} (numpy)` : '';
  print(`${label}: engine speed ÷ numpy speed  ${ratio.toFixed(2)} by wall time, ${(median(numpy.cpu) / median(engine.cpu)).toFixed(2)} by CPU time${costs}`);
  return ratio;
}

async function deep({ repeats, print }: BenchContext): Promise<void> {
  const iterations = 1500;
  const m = 300;
  const dims = [2, ...Array<number>(20).fill(32), 1];
  const flops = flopsPerIteration(dims, m) * iterations;
  const rounds = Math.min(repeats, 3);
  print(`load average ${loadAverage()}; [2, 32×20, 1], ${m} moons points, full-batch GD lr 0.1, ${iterations} iterations, ${(flops / 1e9).toFixed(1)} GFLOP per run; median of ${rounds}, engine and numpy alternating`);
  const peak = measurePeakGflops();
  print(`peak of one core's f64x2 multiply-then-add in WebAssembly: ${peak.toFixed(1)} GFLOP/s (no FMA without relaxed SIMD)`);
  const fma = measureFmaPeakGflops();
  print(
    fma === null
      ? 'peak of f64x2.relaxed_madd: not measured, this runtime has no relaxed SIMD'
      : `peak of f64x2.relaxed_madd (FMA where the runtime fuses): ${fma.toFixed(1)} GFLOP/s, ${(fma / peak).toFixed(2)}× multiply-then-add`,
  );
  for (const activation of ['tanh', 'relu'] as const) {
    const config = bare(
      RunConfigSchema.parse({
        data: { kind: 'moons', nTrain: m, nTest: 100, noise: 0.2, seed: 1 },
        network: { dims, activation },
        init: { name: activation === 'tanh' ? 'xavier_normal' : 'he_normal' },
        optimizer: { name: 'gd', lr: 0.1 },
        loss: 'course',
        iterations,
      }),
    );
    const setup = prepareRun(config);
    const ratio = compare(activation.padEnd(4), config, { ...numpyData(setup), case: 'gd' }, flops, rounds, print);
    if (ratio !== null) print(`${activation.padEnd(4)}: target ≥ 1 (aim 1.5)`);
    print(`${activation.padEnd(4)}: split by kernel (process CPU time): ${splitLine(kernelSplit(setup, m, 400))}`);
  }
  const sweep = tanhUlpSweep();
  print(`engine tanh vs Math.tanh: at most ${sweep.worst} ulp (at ${sweep.at}), equal on ${((100 * sweep.exact) / sweep.count).toFixed(1)}% of ${sweep.count} arguments`);
}

async function mnist({ repeats, print }: BenchContext): Promise<void> {
  const dims = [784, 300, 300, 300, 300, 10];
  const batch = 100;
  const iterations = 100;
  let config: RunConfig;
  let setup: RunSetup;
  try {
    config = bare(
      RunConfigSchema.parse({
        data: { kind: 'mnist' },
        network: { dims, activation: 'tanh' },
        init: { name: 'xavier_normal' },
        optimizer: { name: 'sgd', lr: 0.1, batchSize: batch },
        iterations,
      }),
    );
    setup = prepareRun(config, loadData);
  } catch (e) {
    print(`mnist: skipped: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  const flops = flopsPerIteration(dims, batch) * iterations;
  const rounds = Math.min(repeats, 3);
  // numpy gets the first 1000 training digits: a step's work depends on the batch, not on the set's size.
  const m = Math.min(1000, setup.dataset.nTrain);
  const job = { ...numpyData(setup, m), case: 'sgd', batch, seed: 1 };
  print(`load average ${loadAverage()}; [784, 300, 300, 300, 300, 10] tanh, softmax output, the built-in MNIST digits (${setup.dataset.nTrain} for training), SGD batch ${batch} lr 0.1, ${iterations} iterations, ${(flops / 1e9).toFixed(1)} GFLOP per run; median of ${rounds}`);
  const ratio = compare('mnist', config, job, flops, rounds, print, false);
  if (ratio !== null) print('mnist: target ≥ 0.5');
  print(`mnist: split by kernel (process CPU time): ${splitLine(kernelSplit(setup, batch, 60))}`);
}

/** The 1, 5 and 15 minute load averages: other work on the machine slows both sides. */
function loadAverage(): string {
  return loadavg().map((x) => x.toFixed(2)).join(' ');
}

/** The deep-network sections of `npm run bench`. */
export const sections: BenchSection[] = [
  { id: 'deep', title: 'Deep narrow network: [2, 32×20, 1] against numpy (one BLAS thread)', order: 30, run: deep },
  { id: 'mnist', title: 'Large matrices: MNIST [784, 300×4, 10] tanh, SGD batch 100 against numpy (one BLAS thread)', order: 31, run: mnist },
];
