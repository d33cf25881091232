import { afterEach, describe, expect, it } from 'vitest';
import { nextEvent, openTestLab, value, type TestLab } from '../helpers/service';

let lab: TestLab | null = null;
afterEach(async () => {
  await lab?.dispose();
  lab = null;
});

const base = (init: Record<string, unknown>, iterations = 20) => ({ data: { kind: 'moons', seed: 4 }, iterations, init, record: { checkpointEvery: 10, boundaryGrid: 0 } });

describe('scale sweeps', () => {
  it('queues scales × seeds runs with the parameter scaled and tags them with the sweep', async () => {
    lab = openTestLab();
    const { service } = lab;
    const { sweepId, runIds } = value(await service.api['sweeps.start']({ base: base({ name: 'xavier_normal', params: { gain: 2 } }), scales: [0.5, 1, 4], seeds: [1, 2] }));
    expect(runIds).toHaveLength(6);
    await service.settled();
    const grid = value(await service.api['sweeps.get']({ id: sweepId }));
    expect([grid.total, grid.finished, grid.status, grid.init]).toEqual([6, 6, 'finished', 'xavier_normal.gain']);
    expect(grid.cells.map((c) => [c.scale, c.seed, c.status])).toEqual([
      [0.5, 1, 'done'],
      [0.5, 2, 'done'],
      [1, 1, 'done'],
      [1, 2, 'done'],
      [4, 1, 'done'],
      [4, 2, 'done'],
    ]);
    const run = value(await service.api['runs.get']({ id: grid.cells[4].runId, include: { costs: false, checkpoints: false, params: false } }));
    expect((run.config as { init: { params: { gain: number } } }).init.params.gain).toBe(8);
    expect([run.initSeed, run.dataSeed, run.tags]).toEqual([1, 4, [`sweep:${sweepId}`]]);
    expect(value(await service.api['experiments.list']({ kind: 'sweep' })).map((e) => e.id)).toEqual([sweepId]);
  });

  it('varies the data seed with the seed when asked', async () => {
    lab = openTestLab();
    const { runIds } = value(await lab.service.api['sweeps.start']({ base: base({ name: 'normal' }), scales: [1], seeds: [7, 8], varyDataSeed: true }));
    const runs = await Promise.all(runIds.map(async (id) => value(await lab!.service.api['runs.get']({ id, include: { costs: false, checkpoints: false, params: false } }))));
    expect(runs.map((r) => [r.initSeed, r.dataSeed])).toEqual([
      [7, 7],
      [8, 8],
    ]);
  });

  it('reports its progress cell by cell', async () => {
    lab = openTestLab();
    const { sweepId } = value(await lab.service.api['sweeps.start']({ base: base({ name: 'orthogonal' }, 5), scales: [1, 2], seeds: [1] }));
    await lab.service.settled();
    const progress = lab.events.filter((e) => e.type === 'sweep.progress' && e.sweepId === sweepId);
    expect(progress.map((e) => e.type === 'sweep.progress' && [e.finished, e.total])).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('refuses an initializer with no parameter that scales it', async () => {
    lab = openTestLab();
    const r = await lab.service.api['sweeps.start']({ base: base({ name: 'lecun_normal' }), scales: [1], seeds: [1] });
    expect(r.ok === false && r.error.code).toBe('invalid_input');
    expect(r.ok === false && r.error.message).toMatch(/lecun_normal has no parameter that scales its weights/);
  });

  it('resumes where it stopped after being cancelled: only the unfinished cells run again', async () => {
    lab = openTestLab({ poolSize: 1 });
    const { service } = lab;
    const { sweepId, runIds } = value(await service.api['sweeps.start']({ base: base({ name: 'scaled_normal' }, 100_000), scales: [1, 2], seeds: [1, 2] }));
    await nextEvent(service, (e) => e.type === 'run.costs');
    expect(value(await service.api['experiments.cancel']({ id: sweepId }))).toEqual({ cancelled: 4 });
    const stopped = value(await service.api['sweeps.get']({ id: sweepId }));
    expect(stopped.cells.map((c) => c.status)).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled']);
    // Mark one cell as finished so that resume must leave it alone.
    value(await service.api['runs.rerun']({ id: runIds[0] }));
    await nextEvent(service, (e) => e.type === 'run.costs' && e.runId === runIds[0]);
    value(await service.api['runs.cancel']({ id: runIds[0] }));
    expect(value(await service.api['sweeps.resume']({ id: sweepId }))).toEqual({ requeued: 4 });
    const resumed = value(await service.api['sweeps.get']({ id: sweepId }));
    expect(resumed.status).toBe('running');
    expect(value(await service.api['experiments.cancel']({ id: sweepId })).cancelled).toBe(4);
  });

  it('exports a sweep and imports it into another store with its grid intact', async () => {
    lab = openTestLab();
    const { sweepId } = value(await lab.service.api['sweeps.start']({ base: base({ name: 'orthogonal' }, 5), scales: [1, 3], seeds: [1] }));
    await lab.service.settled();
    const text = value(await lab.service.api['export.experiment']({ id: sweepId })).text;
    const other = openTestLab();
    try {
      value(await other.service.api['import.bundle']({ text }));
      const grid = value(await other.service.api['sweeps.get']({ id: sweepId }));
      expect(grid.cells.map((c) => [c.scale, c.seed, c.status])).toEqual([
        [1, 1, 'done'],
        [3, 1, 'done'],
      ]);
    } finally {
      await other.dispose();
    }
  });
});
