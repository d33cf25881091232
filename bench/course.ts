// The course He run timed in the engine and in numpy, and what recording metrics costs.
import { COURSE_PRESET, type RunConfig } from '../shared/contract/config';
import { trainRun } from '../shared/engine/train';
import type { CostPoint } from '../shared/engine/types';
import type { BenchContext, BenchSection } from './lib/section';
import { runNumpyCourse } from './lib/numpy';
import { median, repeat, secs, secsList } from './lib/timing';

/** Costs every 1000 iterations and nothing else: the training loop alone. */
const RECORDING_OFF: RunConfig = {
  ...COURSE_PRESET,
  record: { ...COURSE_PRESET.record, costEvery: 1000, layerStats: false, boundaryGrid: 0, histogramBins: 0 },
};

/** The app's recording: every cost, and layer statistics, a boundary grid and histograms at each checkpoint. */
const RECORDING_ON: RunConfig = {
  ...COURSE_PRESET,
  record: { costEvery: 1, checkpointEvery: 1000, layerStats: true, boundaryGrid: 100, histogramBins: 20 },
};

function maxRelativeDiff(a: CostPoint[], b: CostPoint[]): number {
  let worst = 0;
  for (const p of a) {
    const q = b.find((x) => x.iteration === p.iteration);
    if (!q) return NaN;
    worst = Math.max(worst, Math.abs(p.cost - q.cost) / Math.abs(q.cost));
  }
  return worst;
}

async function run({ repeats, print }: BenchContext): Promise<void> {
  let costs: CostPoint[] = [];
  // One untimed run first, so compiling the fast path's kernel is not charged to the first timed run.
  trainRun(RECORDING_ON);
  const off = await repeat(repeats, () => {
    const r = trainRun(RECORDING_OFF);
    costs = r.costs.filter((p) => p.iteration % 1000 === 0);
    return r.trainSeconds;
  });
  const on = await repeat(repeats, () => trainRun(RECORDING_ON).trainSeconds);
  const engine = median(off);
  print(`engine, recording off     ${secs(engine)}  ${secsList(off)}`);
  print(`engine, recording on      ${secs(median(on))}  ${secsList(on)}`);
  const extra = median(on) - engine;
  print(`recording cost (on / off) ${(median(on) / engine).toFixed(2)}×  (${extra < 0 ? '-' : '+'}${secs(Math.abs(extra))})`);

  const numpy = runNumpyCourse(repeats);
  if (!numpy.ok) {
    print(`numpy                     skipped: ${numpy.reason}`);
    return;
  }
  const np = median(numpy.result.seconds);
  print(`numpy ${numpy.result.numpy.padEnd(20)}${secs(np)}  ${secsList(numpy.result.seconds)}  (one BLAS thread)`);
  print(`numpy ÷ engine            ${(np / engine).toFixed(2)}×  (above 1: the engine is faster)`);
  print(`same costs?               max relative difference ${maxRelativeDiff(costs, numpy.result.costs).toExponential(2)} over the 15 reported costs`);
}

/** The course section of `npm run bench`. */
export const sections: BenchSection[] = [
  { id: 'course', title: 'Course He run: [2,10,5,1], 300 points, 15000 full-batch iterations (training seconds, median)', order: 10, run },
];
