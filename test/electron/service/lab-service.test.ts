import { afterEach, describe, expect, it } from 'vitest';
import type { LabEvent } from '../../../shared/contract/events';
import { fakeCost } from '../helpers/fake-train';
import { FAULT_SEEDS } from '../helpers/fault-seeds';
import { experiment, nextEvent, openTestLab, value, type TestLab } from '../helpers/service';

let lab: TestLab | null = null;
afterEach(async () => {
  await lab?.dispose();
  lab = null;
});

const ofRun = (events: LabEvent[], runId: string) => events.filter((e) => 'runId' in e && e.runId === runId).map((e) => e.type);

describe('LabService', () => {
  it('stores an experiment, trains every arm × seed and keeps what each run recorded', async () => {
    lab = openTestLab();
    const { service } = lab;
    const { experimentId, runIds } = value(await service.api['experiments.start']({ experiment: experiment(['he', 'zeros'], [1, 2], 25) }));
    expect(runIds).toHaveLength(4);
    await service.settled();
    const exp = value(await service.api['experiments.get']({ id: experimentId }));
    expect(exp.counts.done).toBe(4);
    expect(exp.runs.map((r) => [r.arm, r.initSeed])).toEqual([
      ['he', 1],
      ['zeros', 1],
      ['he', 2],
      ['zeros', 2],
    ]);
    const run = value(await service.api['runs.get']({ id: runIds[0] }));
    expect(run.status).toBe('done');
    expect(run.costs.map((c) => c.cost)).toEqual(Array.from({ length: 25 }, (_, i) => fakeCost(i)));
    expect(run.checkpoints.map((c) => c.iteration)).toEqual([0, 10, 20]);
    expect(run.finalParams?.W[0]).toEqual(new Float64Array([25, -25]));
    expect(run.initialParams?.W[0]).toEqual(new Float64Array([0.5, -0.5]));
    expect((run.config as { init: { name: string } }).init.name).toBe('he');
    expect([run.dataset, run.init, run.dataSeed, run.iterations, run.iterationsRun]).toEqual(['course-circles', 'he', null, 25, 25]);
  });

  it('names runs with the arm label every view shows: the initializer\'s label, or the one a person wrote', async () => {
    lab = openTestLab();
    const { service } = lab;
    const exp = experiment(['xavier_normal', 'he'], [1], 5);
    exp.arms = [
      { init: { name: 'xavier_normal' } },
      { init: { name: 'he', multiplier: 2 } } as { init: { name: string } },
      { label: 'my baseline', init: { name: 'zeros' } } as { init: { name: string } },
    ];
    const { experimentId } = value(await service.api['experiments.start']({ experiment: exp }));
    await service.settled();
    const runs = value(await service.api['experiments.get']({ id: experimentId })).runs;
    expect(runs.map((r) => r.name)).toEqual(['Xavier normal · seed 1', 'He ×2 · seed 1', 'my baseline · seed 1']);
    expect(runs.map((r) => r.arm)).toEqual(['xavier_normal', 'he', 'my baseline']);
  });

  it('emits queued, started, costs and done for each run, then experiment.done once', async () => {
    lab = openTestLab();
    const { service, events } = lab;
    const { experimentId, runIds } = value(await service.api['experiments.start']({ experiment: experiment(['he'], [1, 2], 15) }));
    await service.settled();
    for (const id of runIds) {
      const types = ofRun(events, id);
      expect(types[0]).toBe('run.queued');
      expect(types[1]).toBe('run.started');
      expect(types).toContain('run.costs');
      expect(types).toContain('run.checkpoint');
      expect(types[types.length - 1]).toBe('run.done');
    }
    expect(events.filter((e) => e.type === 'experiment.done').map((e) => 'experimentId' in e && e.experimentId)).toEqual([experimentId]);
  });

  it('sends every recorded cost through events, in order', async () => {
    lab = openTestLab();
    const { service, events } = lab;
    const { runIds } = value(await service.api['experiments.start']({ experiment: experiment(['he'], [1], 40) }));
    await service.settled();
    const points = events.flatMap((e) => (e.type === 'run.costs' && e.runId === runIds[0] ? e.points : []));
    expect(points.map((p) => p.iteration)).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it('keeps progress events of a run to at most 20 a second', async () => {
    lab = openTestLab({ progressIntervalMs: 1 });
    const { service, events } = lab;
    const t0 = performance.now();
    const { runIds } = value(await service.api['experiments.start']({ experiment: experiment(['he'], [FAULT_SEEDS.slow], 120) }));
    await service.settled();
    const seconds = (performance.now() - t0) / 1000;
    const n = events.filter((e) => e.type === 'run.progress' && e.runId === runIds[0]).length;
    expect(n).toBeGreaterThan(3);
    expect(n).toBeLessThanOrEqual(Math.ceil(seconds * 20) + 1);
  });

  it('refuses an invalid experiment naming the field and the value, and stores nothing', async () => {
    lab = openTestLab();
    const bad = experiment(['he'], [1], 10);
    (bad.base as Record<string, unknown>).optimizer = { lr: -1 };
    const r = await lab.service.api['experiments.start']({ experiment: bad });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.message).toMatch(/^experiment\.base\.optimizer\.lr: got -1/);
    }
    expect(value(await lab.service.api['runs.list']({})).total).toBe(0);
  });

  it('answers not_found for an unknown run', async () => {
    lab = openTestLab();
    const r = await lab.service.api['runs.get']({ id: 'r-nothing' });
    expect(r).toEqual({ ok: false, error: { code: 'not_found', message: 'no run r-nothing' } });
  });

  it('cancels a training run within a second and keeps what it recorded', async () => {
    lab = openTestLab();
    const { service } = lab;
    const { runIds } = value(await service.api['experiments.start']({ experiment: experiment(['he'], [1], 100_000) }));
    await nextEvent(service, (e) => e.type === 'run.costs' && e.runId === runIds[0]);
    const t0 = performance.now();
    const r = value(await service.api['runs.cancel']({ id: runIds[0] }));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.status).toBe('cancelled');
    const run = value(await service.api['runs.get']({ id: runIds[0] }));
    expect(run.status).toBe('cancelled');
    expect(run.costs.length).toBeGreaterThan(0);
    expect(run.finalParams).not.toBeNull();
  });

  it('refuses to cancel a run that has ended', async () => {
    lab = openTestLab();
    const { runIds } = value(await lab.service.api['experiments.start']({ experiment: experiment(['he'], [1], 5) }));
    await lab.service.settled();
    const r = await lab.service.api['runs.cancel']({ id: runIds[0] });
    expect(r.ok === false && r.error.code).toBe('conflict');
  });

  it('fails only the run whose training throws, storing the message; the others finish', async () => {
    lab = openTestLab();
    const { service } = lab;
    const { runIds } = value(await service.api['experiments.start']({ experiment: experiment(['he'], [1, FAULT_SEEDS.throws, 2], 20) }));
    await service.settled();
    const runs = await Promise.all(runIds.map(async (id) => value(await service.api['runs.get']({ id }))));
    expect(runs.map((r) => r.status)).toEqual(['done', 'failed', 'done']);
    expect(runs[1].errorMessage).toBe('scripted failure at iteration 3');
  });

  it('fails only the run whose worker dies, replaces the worker and finishes the others', async () => {
    lab = openTestLab({ poolSize: 1 });
    const { service } = lab;
    const { runIds } = value(await service.api['experiments.start']({ experiment: experiment(['he'], [FAULT_SEEDS.exits, 1, 2], 20) }));
    await service.settled();
    const runs = await Promise.all(runIds.map(async (id) => value(await service.api['runs.get']({ id, include: { costs: false, checkpoints: false, params: false } }))));
    expect(runs.map((r) => r.status)).toEqual(['failed', 'done', 'done']);
    expect(runs[0].errorMessage).toMatch(/worker stopped unexpectedly \(exit code 3\)/);
  });

  it('ends a run whose cost becomes NaN as diverged, with the iteration, and keeps its data', async () => {
    lab = openTestLab();
    const { service, events } = lab;
    const { runIds } = value(await service.api['experiments.start']({ experiment: experiment(['he'], [FAULT_SEEDS.diverges], 50) }));
    await service.settled();
    const run = value(await service.api['runs.get']({ id: runIds[0] }));
    expect([run.status, run.divergedAt, run.iterationsRun]).toEqual(['diverged', 5, 6]);
    expect(run.costs).toHaveLength(6);
    expect(run.costs[5].cost).toBeNaN();
    expect(run.finalParams).not.toBeNull();
    expect(events.some((e) => e.type === 'run.diverged' && e.runId === runIds[0])).toBe(true);
  });

  it('reruns a cancelled run in place from a clean slate', async () => {
    lab = openTestLab();
    const { service } = lab;
    const { runIds } = value(await service.api['experiments.start']({ experiment: experiment(['he'], [1], 100_000) }));
    const id = runIds[0];
    await nextEvent(service, (e) => e.type === 'run.costs');
    value(await service.api['runs.cancel']({ id }));
    expect(value(await service.api['runs.rerun']({ id }))).toEqual({ id });
    const again = await service.api['runs.rerun']({ id });
    expect(again.ok === false && again.error.code).toBe('conflict');
    // The rerun trains (it is not hit by the earlier cancel) and its costs start again from iteration 0.
    const first = await nextEvent(service, (e) => e.type === 'run.costs' && e.runId === id);
    expect(first.type === 'run.costs' && first.points[0].iteration).toBe(0);
    expect(value(await service.api['runs.get']({ id, include: { costs: false, checkpoints: false, params: false } })).status).toBe('running');
    value(await service.api['runs.cancel']({ id }));
  });

  it('reruns a failed run, which trains again from the start and keeps what it recorded before failing', async () => {
    lab = openTestLab();
    const { service } = lab;
    const { runIds } = value(await service.api['experiments.start']({ experiment: experiment(['he'], [FAULT_SEEDS.throws], 10) }));
    await service.settled();
    expect(value(await service.api['runs.get']({ id: runIds[0] })).status).toBe('failed');
    value(await service.api['runs.rerun']({ id: runIds[0] }));
    await service.settled();
    const run = value(await service.api['runs.get']({ id: runIds[0] }));
    expect([run.status, run.errorMessage]).toEqual(['failed', 'scripted failure at iteration 3']);
    expect(run.costs.map((c) => c.iteration)).toEqual([0, 1, 2]);
  });

  it('renames, tags and annotates runs and finds them by tag', async () => {
    lab = openTestLab();
    const { service } = lab;
    const { runIds } = value(await service.api['experiments.start']({ experiment: experiment(['he', 'zeros'], [1], 5) }));
    await service.settled();
    const s = value(await service.api['runs.update']({ id: runIds[1], name: 'flat', tags: ['symmetry'], notes: 'all units equal' }));
    expect([s.name, s.tags, s.notes]).toEqual(['flat', ['symmetry'], 'all units equal']);
    expect(value(await service.api['runs.list']({ tag: 'symmetry' })).runs.map((r) => r.id)).toEqual([runIds[1]]);
    expect(value(await service.api['runs.list']({ init: 'zeros' })).runs.map((r) => r.id)).toEqual([runIds[1]]);
  });

  it('deletes runs and experiments', async () => {
    lab = openTestLab();
    const { service } = lab;
    const { experimentId, runIds } = value(await service.api['experiments.start']({ experiment: experiment(['he', 'zeros'], [1], 5) }));
    await service.settled();
    expect(value(await service.api['runs.delete']({ ids: [runIds[0]] }))).toEqual({ deleted: 1 });
    expect(value(await service.api['experiments.delete']({ id: experimentId }))).toEqual({ deleted: 1 });
    expect(value(await service.api['experiments.list']({})).length).toBe(0);
  });

  it('marks runs still queued or training interrupted when it closes', async () => {
    lab = openTestLab({ poolSize: 1 });
    const { service, dir } = lab;
    const { runIds } = value(await service.api['experiments.start']({ experiment: experiment(['he'], [1, 2], 100_000) }));
    await nextEvent(service, (e) => e.type === 'run.costs');
    await service.close();
    const reopened = openTestLab({}, dir);
    lab = reopened;
    const runs = value(await reopened.service.api['runs.list']({ sort: 'initSeed', order: 'asc' })).runs;
    expect(runs.map((r) => [r.id, r.status])).toEqual(runIds.map((id) => [id, 'interrupted']));
  });

  it('describes itself and its catalogue', async () => {
    lab = openTestLab({ poolSize: 3 });
    const info = value(await lab.service.api['system.info']({}));
    expect([info.poolSize, info.dataDir, info.activeRuns]).toEqual([3, lab.dir, 0]);
    const reg = value(await lab.service.api['registry.get']({}));
    const he = reg.initializers.find((e) => e.name === 'he_normal')!;
    expect(he.formula).not.toBe('');
    expect(reg.datasets.map((d) => d.name)).toContain('course-circles');
    expect(reg.activations.find((a) => a.name === 'relu')!.extra.gain).toBeCloseTo(Math.SQRT2, 15);
  });

  it('refuses operations after it has closed', async () => {
    lab = openTestLab();
    await lab.service.close();
    const r = await lab.service.invoke('runs.list', {});
    expect(r.ok === false && r.error.code).toBe('unavailable');
  });
});
