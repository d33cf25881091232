// sweeps.phase: a phase diagram stored as a sweep, its grid with depths and theory, and resuming after a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nextEvent, openTestLab, value, type TestLab } from '../helpers/service';

let lab: TestLab | null = null;
afterEach(async () => {
  await lab?.dispose();
  lab = null;
});

const small = (iterations = 20) => ({
  base: { data: { kind: 'moons', seed: 4 }, iterations, init: { name: 'lecun_normal' }, record: { checkpointEvery: 10, boundaryGrid: 0 } },
  width: 4,
  sigmaW2: [1, 2.5],
  depths: [2, 6],
  seeds: [1],
});

describe('sweeps.phase', () => {
  it('queues σ_w² × depth × seeds tanh runs, deepest first, and reads back each cell with its depth and the theory', async () => {
    lab = openTestLab();
    const { service } = lab;
    const { sweepId, runIds } = value(await service.api['sweeps.phase'](small()));
    expect(runIds).toHaveLength(4);
    await service.settled();
    const grid = value(await service.api['sweeps.get']({ id: sweepId }));
    expect([grid.total, grid.finished, grid.status, grid.scales]).toEqual([4, 4, 'finished', [1, 2.5]]);
    expect(grid.cells.map((c) => [c.scale, grid.phase!.depthOf[c.runId], c.status])).toEqual([
      [1, 6, 'done'],
      [2.5, 6, 'done'],
      [1, 2, 'done'],
      [2.5, 2, 'done'],
    ]);
    expect(grid.phase!.criticalSigmaW2).toBeCloseTo(1, 6);
    expect(grid.phase!.curve[0]).toEqual({ sigmaW2: 1, depth: null });
    const run = value(await service.api['runs.get']({ id: grid.cells[1].runId, include: { costs: false, checkpoints: false, params: false } }));
    expect((run.config as { network: { dims: number[]; activation: string } }).network).toMatchObject({ dims: [2, 4, 4, 4, 4, 4, 4, 1], activation: 'tanh' });
    expect([...run.tags].sort()).toEqual(['phase-diagram', `sweep:${sweepId}`]);
  });

  it('uses the defaults when given nothing: σ_w² 1–4 by 0.25 × depths to 60 × 2 seeds on the MNIST digits', async () => {
    lab = openTestLab({ poolSize: 1 });
    const { sweepId, runIds } = value(await lab.service.api['sweeps.phase']({}));
    expect(runIds).toHaveLength(13 * 9 * 2);
    const grid = value(await lab.service.api['sweeps.get']({ id: sweepId }));
    // On the built-in digits: chance is one in ten.
    expect([grid.phase!.dataset, grid.phase!.classes, grid.phase!.chance, grid.phase!.iterations]).toEqual(['mnist', 10, 0.1, 300]);
    value(await lab.service.api['experiments.cancel']({ id: sweepId }));
  });

  it('resumes after the lab restarts: the interrupted cells run again, the finished ones stay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'init-lab-phase-'));
    try {
      const first = openTestLab({ poolSize: 1 }, dir);
      const { sweepId } = value(await first.service.api['sweeps.phase'](small(50_000)));
      await nextEvent(first.service, (e) => e.type === 'run.costs');
      await first.service.close();
      lab = openTestLab({ poolSize: 2 }, dir);
      const stopped = value(await lab.service.api['sweeps.get']({ id: sweepId }));
      expect(stopped.cells.every((c) => c.status === 'interrupted' || c.status === 'queued')).toBe(true);
      const { requeued } = value(await lab.service.api['sweeps.resume']({ id: sweepId }));
      expect(requeued).toBe(stopped.cells.filter((c) => c.status === 'interrupted').length);
      value(await lab.service.api['experiments.cancel']({ id: sweepId }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
