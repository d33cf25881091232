// He et al. 2015, "Delving deep into rectifiers": a 30-layer ReLU net learns from He's init and stalls from Xavier's.
import { ExperimentConfigSchema } from '../config';
import { judged, mean, pct, unfinished, type PaperPreset, type PaperRun, type PaperVerdict } from './verdict';

const DEPTH = 30;
const WIDTH = 16;
/** He must reach this train accuracy; Xavier stalls when its cost falls by less than STALL of its first value. */
const LEARNED = 0.9;
const STALL = 0.1;

/** He vs Xavier on a 30-layer ReLU MLP: moons, momentum, a few hundred updates. */
export const HE_2015_EXPERIMENT = ExperimentConfigSchema.parse({
  name: 'He et al. 2015: 30 ReLU layers, Xavier vs He',
  base: {
    data: { kind: 'moons', nTrain: 200, nTest: 100, noise: 0.1, seed: 1 },
    network: { dims: [2, ...Array<number>(DEPTH).fill(WIDTH), 1], activation: 'relu' },
    optimizer: { name: 'momentum', lr: 0.01, momentum: 0.9 },
    iterations: 600,
    record: { costEvery: 10, checkpointEvery: 100, boundaryGrid: 50, layerStats: true, histogramBins: 20 },
  },
  arms: [
    { label: 'Xavier', init: { name: 'xavier_normal' } },
    { label: 'He', init: { name: 'he_normal' } },
  ],
  seeds: { init: [1], data: null },
});

/** The mean of a per-run number over an arm's finished runs (null when it has none). */
function armMean(runs: readonly PaperRun[], arm: string, f: (r: PaperRun) => number): number | null {
  return mean(judged(runs).filter((r) => r.arm === arm).map(f));
}

/** How much of its first recorded cost a run shed by the end (1 = all of it; 0 = none; a diverged run sheds none). */
function costDrop(r: PaperRun): number {
  const first = r.costs[0]?.cost;
  if (first === undefined || r.finalCost === null || !Number.isFinite(first) || first <= 0) return 0;
  return 1 - r.finalCost / first;
}

/** Reproduced when He reaches 90% train accuracy while Xavier's cost falls by less than a tenth (it stalls). */
export function reproducedHe2015(runs: readonly PaperRun[]): PaperVerdict {
  if (unfinished(runs).length) return { verdict: 'pending', why: 'Waiting for the runs to finish.' };
  const he = armMean(runs, 'He', (r) => r.trainAccuracy ?? 0);
  const xavierDrop = armMean(runs, 'Xavier', costDrop);
  const xavierAcc = armMean(runs, 'Xavier', (r) => r.trainAccuracy ?? 0);
  if (he === null || xavierDrop === null || xavierAcc === null) return { verdict: 'pending', why: 'Needs a finished He run and a finished Xavier run.' };
  const numbers = `He reached ${pct(he)} train accuracy; Xavier ${pct(xavierAcc)}, its cost down ${pct(xavierDrop)}`;
  if (he >= LEARNED && xavierDrop < STALL) return { verdict: 'reproduced', why: `${numbers}: Xavier stalls, He learns.` };
  return { verdict: 'not_reproduced', why: `${numbers}: ${he < LEARNED ? 'He did not learn' : 'Xavier did not stall'}.` };
}

/** The He et al. 2015 preset. */
export const HE_2015: PaperPreset = {
  tag: 'paper:he2015',
  citation: 'He et al. 2015',
  title: 'Deep ReLU nets: Xavier vs He',
  finding: 'With ReLU, Xavier\'s variance 1/n halves the signal at every layer, so a 30-layer net stalls; He\'s 2/n keeps it, and the same net learns.',
  design: `One experiment: [2, ${WIDTH}×${DEPTH}, 1] ReLU on moons, momentum, ${HE_2015_EXPERIMENT.base.iterations} updates, Xavier and He.`,
  experiments: [HE_2015_EXPERIMENT],
  reproduced: reproducedHe2015,
};
