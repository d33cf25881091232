import { afterEach, describe, expect, it } from 'vitest';
import { sourceWorkerEntry } from '../../../electron/pool/worker-entry';
import { nextEvent, openTestLab, value, type TestLab } from '../helpers/service';

let lab: TestLab | null = null;
afterEach(async () => {
  await lab?.dispose();
  lab = null;
});

const base = (init: Record<string, unknown>, iterations = 20) => ({ data: { kind: 'moons', seed: 4 }, iterations, init, record: { checkpointEvery: 10, boundaryGrid: 0 } });

describe('scale sweeps', () => {
  it('queues scales × seeds runs with the weight multiplier scaled and tags them with the sweep', async () => {
    lab = openTestLab();
    const { service } = lab;
    const { sweepId, runIds } = value(await service.api['sweeps.start']({ base: base({ name: 'he_normal', params: { mode: 'fan_out' } }), scales: [0.5, 1, 4], seeds: [1, 2] }));
    expect(runIds).toHaveLength(6);
    await service.settled();
    const grid = value(await service.api['sweeps.get']({ id: sweepId }));
    expect([grid.name, grid.total, grid.finished, grid.status, grid.init]).toEqual(['he_normal scale sweep', 6, 6, 'finished', 'he_normal:mode=fan_out']);
    expect(grid.cells.map((c) => [c.scale, c.seed, c.status])).toEqual([
      [0.5, 1, 'done'],
      [0.5, 2, 'done'],
      [1, 1, 'done'],
      [1, 2, 'done'],
      [4, 1, 'done'],
      [4, 2, 'done'],
    ]);
    const include = { costs: false, checkpoints: false, params: false };
    const run = value(await service.api['runs.get']({ id: grid.cells[4].runId, include }));
    expect((run.config as { init: unknown }).init).toEqual({ name: 'he_normal', params: { mode: 'fan_out' }, bias: 0, multiplier: 4 });
    expect([run.initSeed, run.dataSeed, run.tags]).toEqual([1, 4, [`sweep:${sweepId}`]]);
    // Cells are named with the one label function, as the library and every legend show the arm.
    expect(run.name).toBe('He normal (mode fan_out) ×4 · seed 1');
    const one = value(await service.api['runs.get']({ id: grid.cells[2].runId, include }));
    expect((one.config as { init: unknown }).init).toEqual({ name: 'he_normal', params: { mode: 'fan_out' }, bias: 0 });
    expect(value(await service.api['experiments.list']({ kind: 'sweep' })).map((e) => e.id)).toEqual([sweepId]);
  });

  it("trains each cell from the ×1 cell's weights times its scale, biases as they were (the real worker)", async () => {
    lab = openTestLab({ worker: sourceWorkerEntry() });
    const { service } = lab;
    const { runIds } = value(await service.api['sweeps.start']({ base: base({ name: 'lecun_uniform', bias: 0.1 }, 2), scales: [1, 4], seeds: [3] }));
    await service.settled();
    const include = { costs: false, checkpoints: false, params: true };
    const [one, four] = await Promise.all(runIds.map(async (id) => value(await service.api['runs.get']({ id, include })).initialParams));
    // The same draws, every weight 4 times (exactly: 4 is a power of two).
    expect(four?.W.map((w) => Array.from(w))).toEqual(one?.W.map((w) => Array.from(w, (v) => v * 4)));
    expect(four?.b).toEqual(one?.b);
    expect(Array.from(one?.b[0] ?? [])).toEqual(new Array(10).fill(0.1));
  });

  it('still opens and resumes a sweep stored before the multiplier, which scaled an initializer parameter', async () => {
    lab = openTestLab();
    const { sweepId } = value(await lab.service.api['sweeps.start']({ base: base({ name: 'xavier_normal' }, 5), scales: [1, 3], seeds: [1] }));
    await lab.service.settled();
    const bundle = JSON.parse(value(await lab.service.api['export.experiment']({ id: sweepId })).text);
    const stored = bundle.experiments[0].config;
    bundle.experiments[0].config = { ...stored, param: 'gain', baseValue: 1 };
    const other = openTestLab();
    try {
      value(await other.service.api['import.bundle']({ text: JSON.stringify(bundle) }));
      const grid = value(await other.service.api['sweeps.get']({ id: sweepId }));
      expect([grid.init, grid.finished]).toEqual(['xavier_normal.gain', 2]);
      expect(value(await other.service.api['sweeps.resume']({ id: sweepId }))).toEqual({ requeued: 0 });
    } finally {
      await other.dispose();
    }
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

  it('refuses zeros, whose every multiple is 0, and lsuv, which takes no multiplier', async () => {
    lab = openTestLab();
    for (const name of ['zeros', 'lsuv']) {
      const r = await lab.service.api['sweeps.start']({ base: base({ name }), scales: [1], seeds: [1] });
      expect(r.ok === false && r.error.code).toBe('invalid_input');
      expect(r.ok === false && r.error.message).toMatch(new RegExp(`^base\\.init\\.name: ${name} cannot be swept .*; every initializer but zeros and lsuv can$`));
    }
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
