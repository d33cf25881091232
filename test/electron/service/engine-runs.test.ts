// The service with the real training worker: what it stores equals what the engine computes in-process.
import { afterEach, describe, expect, it } from 'vitest';
import { parseRunConfig, type RunConfig } from '../../../shared/contract/config';
import { trainRun } from '../../../shared/engine/train';
import { FULL_RATE_COSTS, costsDecimatedFrom, keptCostBound } from '../../../shared/engine/record/cost-record';
import Papa from 'papaparse';
import { sourceWorkerEntry } from '../../../electron/pool/worker-entry';
import { courseExperiment } from '../helpers/course-experiment.mjs';
import { nextEvent, openTestLab, value, type TestLab } from '../helpers/service';

let lab: TestLab | null = null;
afterEach(async () => {
  await lab?.dispose();
  lab = null;
});

const course = (iterations: number) =>
  courseExperiment({
    name: 'course, short',
    iterations,
    record: { costEvery: 1, checkpointEvery: 100, boundaryGrid: 20, histogramBins: 5 },
    arms: [{ init: { name: 'zeros' } }, { init: { name: 'random' } }, { init: { name: 'he' } }],
  });

describe('LabService with the engine', () => {
  it('stores, for each course arm, exactly what trainRun computes for the same config', async () => {
    lab = openTestLab({ worker: sourceWorkerEntry() });
    const { service } = lab;
    const { runIds } = value(await service.api['experiments.start']({ experiment: course(300) }));
    await service.settled();
    for (const id of runIds) {
      const run = value(await service.api['runs.get']({ id }));
      const parsed = parseRunConfig(run.config);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const ref = trainRun(parsed.value as RunConfig);
      expect(run.status).toBe(ref.outcome);
      // Bit-identical: same config, same numbers (tolerance 0), NaN and Infinity included.
      expect(run.costs).toEqual(ref.costs);
      expect(run.finalParams).toEqual(ref.finalParams);
      expect(run.initialParams).toEqual(ref.initialParams);
      expect([run.trainAccuracy, run.testAccuracy, run.iterationsRun]).toEqual([ref.trainAccuracy, ref.testAccuracy, ref.iterationsRun]);
      expect(run.checkpoints.map((c) => c.iteration)).toEqual(ref.checkpoints.map((c) => c.iteration));
      expect(run.checkpoints.map((c) => c.layers)).toEqual(ref.checkpoints.map((c) => c.layers));
      // Boundary grids are stored as Float32: equal to the engine's values rounded to single precision.
      const last = ref.checkpoints[ref.checkpoints.length - 1].boundary!;
      expect(run.checkpoints[run.checkpoints.length - 1].boundary!.probs).toEqual(Float64Array.from(last.probs, Math.fround));
    }
    const arms = await Promise.all(runIds.map(async (id) => value(await service.api['runs.get']({ id, include: { costs: false, checkpoints: false, params: false } }))));
    expect(arms.map((r) => r.arm)).toEqual(['zeros', 'random', 'he']);
    expect(arms[1].firstNonFiniteIteration).toBe(0);
  });

  it('stops a course run within a second of cancel', async () => {
    lab = openTestLab({ worker: sourceWorkerEntry() });
    const { service } = lab;
    const { runIds } = value(await service.api['experiments.start']({ experiment: { ...course(1_000_000), arms: [{ init: { name: 'he' } }] } }));
    await nextEvent(service, (e) => e.type === 'run.progress' && e.iteration > 0);
    const t0 = performance.now();
    expect(value(await service.api['runs.cancel']({ id: runIds[0] }))).toEqual({ status: 'cancelled' });
    expect(performance.now() - t0).toBeLessThan(1000);
    const run = value(await service.api['runs.get']({ id: runIds[0], include: { costs: true, checkpoints: false, params: true } }));
    expect(run.iterationsRun).toBeGreaterThan(0);
    expect(run.costs.length).toBeGreaterThanOrEqual(run.iterationsRun!);
    expect(run.finalParams).not.toBeNull();
  });

  it('stores and exports a run past the full-rate limit as the engine decimated it: same points, kept columns in the CSV', async () => {
    lab = openTestLab({ worker: sourceWorkerEntry(), poolSize: 1 });
    const { service } = lab;
    const iterations = FULL_RATE_COSTS + 20_000;
    const experiment = {
      name: 'long',
      base: {
        data: { kind: 'xor', nTrain: 8, nTest: 0, noise: 0.1, seed: 1 },
        network: { dims: [2, 2, 1], activation: 'tanh' },
        optimizer: { name: 'sgd', lr: 0.05, batchSize: 4 },
        iterations,
        record: { costEvery: 1, checkpointEvery: iterations, boundaryGrid: 0, histogramBins: 0 },
      },
      arms: [{ init: { name: 'he' } }],
      seeds: { init: [1] },
    };
    const { runIds } = value(await service.api['experiments.start']({ experiment }));
    await service.settled();
    const run = value(await service.api['runs.get']({ id: runIds[0] }));
    const parsed = parseRunConfig(run.config);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const ref = trainRun(parsed.value as RunConfig);
    expect(run.status).toBe('done');
    expect(run.costs).toEqual(ref.costs);
    expect(run.costs.length).toBeLessThanOrEqual(keptCostBound(iterations));
    expect(run.costs.length).toBeLessThan(iterations);
    expect(costsDecimatedFrom(run.costs)).toBe(FULL_RATE_COSTS);
    const file = value(await service.api['export.csv']({ runIds }));
    const rows = Papa.parse<Record<string, string>>(file.text, { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(run.costs.length);
    expect(rows[0]).toMatchObject({ iteration: '0', kept: 'all' });
    expect(new Set(rows.slice(FULL_RATE_COSTS).map((r) => r.kept))).toEqual(new Set(['min', 'max']));
  }, 120_000);
});
