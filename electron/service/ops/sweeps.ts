// sweeps.*: a grid of scale multipliers × seeds of one initializer, run on the pool, resumable.
import { LabFailure } from '../../../shared/contract/errors';
import type { SweepCellSummary } from '../../../shared/contract/records';
import { newId } from '../../store/ids';
import type { NewRun } from '../../store/run-store';
import type { HandlerMap, ServiceContext } from '../context';
import { initSpecText, runFacts } from '../config-facts';
import { checkRunCount, derivedRunConfig, runConfigFrom } from './config-input';
import { requeue } from './runs';
import { MULTIPLIER, cellConfig, parseSweepSpec, scaleParamOf, type SweepSpec } from '../../../shared/contract/sweep';

type SweepOps = 'sweeps.start' | 'sweeps.resume' | 'sweeps.get';

function sweepSpec(ctx: ServiceContext, id: string): SweepSpec {
  const exp = ctx.store.experimentSummary(id);
  if (!exp || exp.kind !== 'sweep') throw new LabFailure('not_found', `no sweep ${id}`);
  const spec = parseSweepSpec(ctx.store.experimentConfig(id));
  if (!spec.ok) throw new LabFailure('internal', `sweep ${id} has an unreadable description: ${spec.error.message}`);
  return spec.value;
}

/** What a sweep scales, as its page heads the grid: the base initializer's spec (its weights × each scale), or an older sweep's parameter. */
function sweptInit(spec: SweepSpec): string {
  return spec.param === MULTIPLIER ? initSpecText(spec.base.init) : `${spec.base.init.name}.${spec.param}`;
}

/** The sweep operations. */
export const sweepOps: HandlerMap<SweepOps> = {
  'sweeps.start'(ctx, input) {
    const base = runConfigFrom(input.base, 'base');
    const scaled = scaleParamOf(base.init);
    if (!scaled.ok) throw new LabFailure(scaled.error.code, scaled.error.message);
    const spec: SweepSpec = { kind: 'scale_sweep', base, ...scaled.value, scales: input.scales, seeds: input.seeds, varyDataSeed: input.varyDataSeed };
    checkRunCount(spec.scales.length * spec.seeds.length, 'sweep');
    const sweepId = newId('s');
    const createdAt = new Date().toISOString();
    const runs: NewRun[] = [];
    for (const scale of spec.scales) {
      for (const seed of spec.seeds) {
        // A cell is a new config (an older sweep's scaled parameter can leave its range), so it is checked as it is made.
        const config = derivedRunConfig(cellConfig(spec, scale, seed), `cell(scale ${scale}, seed ${seed})`);
        runs.push({
          id: newId('r'),
          experimentId: sweepId,
          name: `${base.init.name} ×${scale} · seed ${seed}`,
          arm: `×${scale}`,
          config,
          facts: runFacts(config),
          engineVersion: ctx.engineVersion,
          createdAt,
          tags: [`sweep:${sweepId}`],
          sweep: { sweepId, scale, seed },
        });
      }
    }
    const name = input.name ?? `${base.init.name} scale sweep`;
    ctx.store.createExperiment({ id: sweepId, name, kind: 'sweep', config: spec, createdAt, tags: ['sweep'] }, runs);
    for (const r of runs) ctx.queue.enqueue(r.id);
    return { sweepId, runIds: runs.map((r) => r.id) };
  },

  'sweeps.resume'(ctx, input) {
    sweepSpec(ctx, input.id);
    // Cells that ended without a result; queued cells of a live process are left to it.
    const ids = ctx.store.runIdsWithStatus(['interrupted', 'cancelled', 'failed'], input.id);
    requeue(ctx, ids);
    return { requeued: ids.length };
  },

  'sweeps.get'(ctx, input) {
    const spec = sweepSpec(ctx, input.id);
    const exp = ctx.store.experimentSummary(input.id)!;
    const cells: SweepCellSummary[] = ctx.store.experimentRuns(input.id).map((r) => ({
      scale: r.sweep?.scale ?? NaN,
      seed: r.sweep?.seed ?? NaN,
      runId: r.id,
      status: r.status,
      finalCost: r.finalCost,
      trainAccuracy: r.trainAccuracy,
      testAccuracy: r.testAccuracy,
    }));
    const finished = cells.filter((c) => c.status !== 'queued' && c.status !== 'running').length;
    return {
      id: input.id,
      name: exp.name,
      init: sweptInit(spec),
      scales: spec.scales,
      seeds: spec.seeds,
      total: cells.length,
      finished,
      status: exp.status,
      cells,
    };
  },
};
