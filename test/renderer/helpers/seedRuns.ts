// Runs of an experiment that repeats over seeds, in the shape the experiment page's store holds them.
import { RunConfigSchema } from '../../../shared/contract/config';
import type { RunStatus, RunSummary } from '../../../shared/contract/records';
import type { Checkpoint, CostPoint, LayerStats } from '../../../shared/engine/types';
import type { SeedRunSource } from '../../../renderer/src/lib/stats/statsArms';

/** What a test says about one seed's run; everything else takes a plain default. */
export interface SeedRunSpec {
  arm: string;
  seed: number;
  status?: RunStatus;
  finalCost?: number | null;
  trainAccuracy?: number | null;
  testAccuracy?: number | null;
  costs?: CostPoint[];
  checkpoints?: Checkpoint[];
  config?: unknown;
  dataSeed?: number | null;
}

let next = 1;

/** A LayerStats with the given layer and zStd (everything else neutral). */
export function layerStats(layer: number, zStd: number): LayerStats {
  return {
    layer, wMean: 0, wStd: 0.3, zMean: 0, zStd, aMean: 0, aStd: 0.5, dwMean: 0, dwStd: 0.01, dzStd: 0.01, daStd: 0.01,
    deadFraction: 0.5, saturatedFraction: 0, symmetry: 0.8,
  };
}

/** A checkpoint at an iteration with accuracies and per-layer zStd. */
export function checkpointAt(iteration: number, train: number, test: number, zStds: number[] = [1, 1, 1]): Checkpoint {
  return { iteration, cost: 0.5, trainAccuracy: train, testAccuracy: test, layers: zStds.map((z, i) => layerStats(i + 1, z)), boundary: null };
}

/** A run config for the course network with an initializer (validated, defaults filled in). */
export function runConfig(init: string, dims = [2, 10, 5, 1], activation: 'relu' | 'tanh' = 'relu') {
  return RunConfigSchema.parse({ network: { dims, activation }, init: { name: init }, iterations: 100 });
}

/** One seed's run as the store holds it once its detail is loaded. */
export function seedRun(spec: SeedRunSpec): SeedRunSource {
  const status = spec.status ?? 'done';
  const finished = status === 'done' || status === 'diverged';
  const summary: RunSummary = {
    id: `r${next++}`,
    experimentId: 'e1',
    name: `${spec.arm} · seed ${spec.seed}`,
    arm: spec.arm,
    status,
    dataset: 'course-circles',
    init: spec.arm,
    initSeed: spec.seed,
    dataSeed: spec.dataSeed ?? null,
    iterations: 100,
    iterationsRun: finished ? 100 : null,
    trainAccuracy: spec.trainAccuracy === undefined ? (finished ? 0.9 : null) : spec.trainAccuracy,
    testAccuracy: spec.testAccuracy === undefined ? (finished ? 0.85 : null) : spec.testAccuracy,
    finalCost: spec.finalCost === undefined ? (finished ? 0.3 : null) : spec.finalCost,
    divergedAt: null,
    firstNonFiniteIteration: null,
    errorMessage: null,
    engineVersion: 'test',
    createdAt: '2026-01-01T00:00:00Z',
    startedAt: null,
    finishedAt: null,
    trainSeconds: null,
    tags: [],
    notes: '',
    sweep: null,
  };
  return {
    summary,
    config: spec.config ?? null,
    costs: spec.costs ?? [],
    checkpoints: spec.checkpoints ?? [],
    detailed: finished ? 'final' : 'partial',
  };
}
