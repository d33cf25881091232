// A 3-arm × 20-seed course experiment on the lab service, as `init-lab train --seeds 1-20` runs it, against
// the ideal of 60 single runs spread over every core.
import { availableParallelism, loadavg } from 'node:os';
import { COURSE_EXPERIMENT, type ExperimentConfigInput } from '../shared/contract/config';
import { sourceWorkerEntry } from '../electron/pool/worker-entry';
import { LabService } from '../electron/service/lab-service';
import type { BenchContext, BenchSection } from './lib/section';
import { median, secs, secsList } from './lib/timing';

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

/** Wall seconds from queueing an experiment to its last run's end. */
async function wall(service: LabService, experiment: ExperimentConfigInput): Promise<number> {
  const t0 = performance.now();
  const r = await service.call('experiments.start', { experiment });
  if (!r.ok) throw new Error(r.error.message);
  await service.settled(r.value.runIds);
  const seconds = (performance.now() - t0) / 1000;
  const runs = await service.call('experiments.get', { id: r.value.experimentId });
  if (!runs.ok || runs.value.runs.some((x) => x.status !== 'done')) throw new Error('a bench run did not finish');
  return seconds;
}

async function run({ repeats, print }: BenchContext): Promise<void> {
  const cores = availableParallelism();
  const service = LabService.open({ databasePath: ':memory:', poolSize: cores, worker: sourceWorkerEntry() });
  try {
    const { base, arms } = COURSE_EXPERIMENT;
    // Start every worker (thread start-up and module loading are not what is measured).
    await wall(service, { base: { ...base, iterations: 50 }, arms: arms.slice(0, 1), seeds: { init: SEEDS.slice(0, cores) } });
    // One run's time: each arm alone (median of its repeats), averaged over the three arms.
    const perArm: number[] = [];
    for (const arm of arms) {
      const times: number[] = [];
      for (let i = 0; i < Math.min(repeats, 3); i++) times.push(await wall(service, { base, arms: [arm], seeds: { init: [3] } }));
      perArm.push(median(times));
    }
    const single = perArm.reduce((s, x) => s + x, 0) / perArm.length;
    const all = await wall(service, { ...COURSE_EXPERIMENT, seeds: { init: SEEDS } });
    const n = COURSE_EXPERIMENT.arms.length * SEEDS.length;
    const ideal = (n * single) / cores;
    print(`cores ${cores}, pool ${cores} workers, in-memory store, the app's recording`);
    print(`one run alone             ${secs(single)}  (mean over zeros, random, he of each one's median: ${secsList(perArm)}; queued to stored)`);
    print(`${n} runs (3 arms × 20)     ${secs(all)}`);
    print(`ideal (${n} × one ÷ cores)  ${secs(ideal)}`);
    print(`ratio to ideal            ${(all / ideal).toFixed(2)}  (target ≤ 1.30)`);
    const load = loadavg()[0];
    print(`load average (1 min)      ${load.toFixed(2)}${load > cores ? '  (the machine was busy: the figure overstates the ratio)' : ''}`);
  } finally {
    await service.close();
  }
}

/** The seeds section of `npm run bench`. */
export const sections: BenchSection[] = [
  { id: 'experiment', title: 'Course experiment over seeds: 3 arms × 20 seeds on the lab service (wall seconds)', order: 70, run },
];
