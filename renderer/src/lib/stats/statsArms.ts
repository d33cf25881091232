// An experiment's runs gathered per arm, each run reduced to what statistics across seeds need.
import { armKeys, type ExperimentConfig } from '../../../../shared/contract/config';
import type { RunStatus, RunSummary } from '../../../../shared/contract/records';
import type { Checkpoint, CostPoint } from '../../../../shared/engine/types';
import { seriesColor } from '../charts/palette';
import { armTitle } from '../runs/runLabels';
import type { SeedMetric } from './statsMetrics';

/** Statuses whose final numbers are an outcome of the seed: a run that finished or blew up (not one that was stopped). */
export const OUTCOME_STATUSES: readonly RunStatus[] = ['done', 'diverged'];

/** What a run must offer to be counted (the experiment page's live runs satisfy it). */
export interface SeedRunSource {
  summary: RunSummary;
  config: unknown;
  costs: readonly CostPoint[];
  checkpoints: readonly Checkpoint[];
  /** How much stored detail is loaded; curves count as final only when 'final'. */
  detailed?: 'none' | 'partial' | 'final';
}

/** One seed of one arm. Final metrics are NaN for a finished run whose value was not finite, null while unfinished. */
export interface SeedRun {
  id: string;
  seed: number;
  dataSeed: number | null;
  status: RunStatus;
  /** Finished with an outcome (done or diverged) and its stored curves loaded. */
  finished: boolean;
  config: unknown;
  costs: readonly CostPoint[];
  checkpoints: readonly Checkpoint[];
  metrics: Record<SeedMetric, number | null>;
}

/** An arm with its runs, ordered by data seed then init seed. */
export interface ArmGroup {
  armIndex: number;
  /** The arm's label as stored (initializer spec or the user's label). */
  arm: string;
  /** The label shown. */
  label: string;
  color: string;
  runs: SeedRun[];
}

function metric(finished: boolean, v: number | null): number | null {
  if (!finished) return null;
  // The store keeps no NaN: a finished run without a value had a non-finite one.
  return v ?? NaN;
}

/** Groups runs by arm in the experiment's arm order (arms the config does not name follow, in order of appearance). */
export function groupByArm(config: ExperimentConfig | null, runs: readonly SeedRunSource[]): ArmGroup[] {
  const armLabels = config ? armKeys(config.arms) : [];
  const extra = [...new Set(runs.map((r) => r.summary.arm).filter((a) => !armLabels.includes(a)))];
  const order = [...armLabels, ...extra];
  const groups = new Map<string, ArmGroup>();
  for (const r of runs) {
    const s = r.summary;
    const armIndex = order.indexOf(s.arm);
    let g = groups.get(s.arm);
    if (!g) {
      g = { armIndex, arm: s.arm, label: armTitle(s), color: seriesColor(armIndex), runs: [] };
      groups.set(s.arm, g);
    }
    const finished = OUTCOME_STATUSES.includes(s.status) && (r.detailed === undefined || r.detailed === 'final');
    g.runs.push({
      id: s.id,
      seed: s.initSeed,
      dataSeed: s.dataSeed,
      status: s.status,
      finished,
      config: r.config,
      costs: r.costs,
      checkpoints: r.checkpoints,
      metrics: {
        finalCost: metric(finished, s.finalCost),
        trainAccuracy: metric(finished, s.trainAccuracy),
        testAccuracy: metric(finished, s.testAccuracy),
      },
    });
  }
  const out = [...groups.values()].sort((a, b) => a.armIndex - b.armIndex);
  for (const g of out) g.runs.sort((a, b) => (a.dataSeed ?? 0) - (b.dataSeed ?? 0) || a.seed - b.seed);
  return out;
}

/** Whether any arm repeats over more than one seed (then statistics across seeds mean something). */
export function repeatsOverSeeds(groups: readonly ArmGroup[]): boolean {
  return groups.some((g) => g.runs.length > 1);
}

/** The finished runs' values of a metric, in run order (NaN and ±Infinity kept, for the caller's rule). */
export function metricValues(group: ArmGroup, name: SeedMetric): number[] {
  return group.runs.filter((r) => r.finished).map((r) => r.metrics[name] as number);
}
