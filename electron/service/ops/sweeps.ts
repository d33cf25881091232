// sweeps.*: a grid of scale multipliers × seeds of one initializer, run on the pool, resumable.
import { LabFailure } from '../../../shared/contract/errors';
import type { SweepCellSummary } from '../../../shared/contract/records';
import { newId } from '../../store/ids';
import type { NewRun } from '../../store/run-store';
import type { HandlerMap, ServiceContext } from '../context';
import { initLabelOf } from '../../../shared/engine/init/label';
import { initSpecText, runFacts } from '../config-facts';
import { checkRunCount, derivedRunConfig, runConfigFrom } from './config-input';
import { requeue } from './runs';
import { makeInSlices, storeAndQueue } from './start-runs';
import { MULTIPLIER, cellConfig, parseSweepSpec, scaleParamOf, type SweepSpec } from '../../../shared/contract/sweep';
import { DEFAULT_PHASE, parsePhaseSpec, phaseCellConfig, type PhaseSpec } from '../../../shared/contract/phase-diagram';
import { phaseTheory } from '../../../shared/stats/phase-theory';
import type { PhaseDetail } from '../../../shared/contract/records';
import { dataShape } from '../../../shared/contract/data-sets';

type SweepOps = 'sweeps.start' | 'sweeps.phase' | 'sweeps.resume' | 'sweeps.get';

/** A stored sweep's description: a scale sweep or a phase diagram. */
function sweepSpec(ctx: ServiceContext, id: string): SweepSpec | PhaseSpec {
  const exp = ctx.store.experimentSummary(id);
  if (!exp || exp.kind !== 'sweep') throw new LabFailure('not_found', `no sweep ${id}`);
  const raw = ctx.store.experimentConfig(id);
  const spec = (raw as { kind?: unknown } | null)?.kind === 'phase_diagram' ? parsePhaseSpec(raw) : parseSweepSpec(raw);
  if (!spec.ok) throw new LabFailure('internal', `sweep ${id} has an unreadable description: ${spec.error.message}`);
  return spec.value;
}

/** Theory lines by sweep id: the mean-field maps take seconds per diagram, and a stored diagram never changes. */
const theories = new Map<string, ReturnType<typeof phaseTheory>>();

/** The phase diagram's grid, each cell's depth (its hidden layers) and the theory's lines. */
function phaseDetail(ctx: ServiceContext, sweepId: string, spec: PhaseSpec, runIds: string[]): PhaseDetail {
  let theory = theories.get(sweepId);
  if (!theory) {
    theory = phaseTheory(spec);
    if (theories.size >= 64) theories.delete(theories.keys().next().value!);
    theories.set(sweepId, theory);
  }
  const classes = dataShape(spec.base.data).classes.length;
  const depthOf: Record<string, number> = {};
  for (const id of runIds) {
    const dims = (ctx.store.runConfig(id) as { network?: { dims?: number[] } } | null)?.network?.dims;
    depthOf[id] = dims ? dims.length - 2 : NaN;
  }
  return {
    width: spec.width,
    sigmaW2: spec.sigmaW2,
    depths: spec.depths,
    sigmaB2: theory.sigmaB2,
    criticalSigmaW2: theory.criticalSigmaW2,
    curve: theory.curve.map((p) => ({ sigmaW2: p.sigmaW2, depth: Number.isFinite(p.depth) ? p.depth : null })),
    depthOf,
    dataset: spec.base.data.kind,
    classes,
    iterations: spec.base.iterations,
    chance: 1 / classes,
  };
}

/** What a sweep scales, as its page heads the grid: the base initializer's spec (its weights × each scale), or an older sweep's parameter. */
function sweptInit(spec: SweepSpec): string {
  return spec.param === MULTIPLIER ? initSpecText(spec.base.init) : `${spec.base.init.name}.${spec.param}`;
}

/** The sweep operations. */
export const sweepOps: HandlerMap<SweepOps> = {
  async 'sweeps.start'(ctx, input) {
    const base = runConfigFrom(input.base, 'base');
    const scaled = scaleParamOf(base.init);
    if (!scaled.ok) throw new LabFailure(scaled.error.code, scaled.error.message);
    const spec: SweepSpec = { kind: 'scale_sweep', base, ...scaled.value, scales: input.scales, seeds: input.seeds, varyDataSeed: input.varyDataSeed };
    checkRunCount(spec.scales.length * spec.seeds.length, 'sweep');
    const sweepId = newId('s');
    const createdAt = new Date().toISOString();
    const cells = spec.scales.flatMap((scale) => spec.seeds.map((seed) => ({ scale, seed })));
    const runs: NewRun[] = await makeInSlices(cells, ({ scale, seed }) => {
      // A cell is a new config (an older sweep's scaled parameter can leave its range), so it is checked as it is made.
      const config = derivedRunConfig(cellConfig(spec, scale, seed), `cell(scale ${scale}, seed ${seed})`);
      return {
        id: newId('r'),
        experimentId: sweepId,
        name: `${initLabelOf(initSpecText(config.init))} · seed ${seed}`,
        arm: `×${scale}`,
        config,
        facts: runFacts(config),
        engineVersion: ctx.engineVersion,
        createdAt,
        tags: [`sweep:${sweepId}`],
        sweep: { sweepId, scale, seed },
      };
    });
    const name = input.name ?? `${base.init.name} scale sweep`;
    await storeAndQueue(ctx, { id: sweepId, name, kind: 'sweep', config: spec, createdAt, tags: ['sweep'] }, runs, sweepId);
    return { sweepId, runIds: runs.map((r) => r.id) };
  },

  async 'sweeps.phase'(ctx, input) {
    const base = runConfigFrom(input.base ?? DEFAULT_PHASE.base, 'base');
    const spec: PhaseSpec = {
      kind: 'phase_diagram',
      base,
      width: input.width ?? DEFAULT_PHASE.width,
      sigmaW2: input.sigmaW2 ?? [...DEFAULT_PHASE.sigmaW2],
      depths: input.depths ?? [...DEFAULT_PHASE.depths],
      seeds: input.seeds ?? [...DEFAULT_PHASE.seeds],
    };
    checkRunCount(spec.sigmaW2.length * spec.depths.length * spec.seeds.length, 'sweep');
    const sweepId = newId('s');
    const createdAt = new Date().toISOString();
    // Deepest first: the longest runs start early, so the grid does not end waiting on one deep cell.
    const cells = [...spec.depths].sort((a, b) => b - a).flatMap((depth) => spec.sigmaW2.flatMap((s2) => spec.seeds.map((seed) => ({ depth, s2, seed }))));
    const runs: NewRun[] = await makeInSlices(cells, ({ depth, s2, seed }) => {
      const config = runConfigFrom(phaseCellConfig(spec, s2, depth, seed), `cell(σw² ${s2}, depth ${depth}, seed ${seed})`);
      return {
        id: newId('r'),
        experimentId: sweepId,
        name: `tanh σw²=${s2} depth ${depth} · seed ${seed}`,
        arm: `σw²=${s2} L=${depth}`,
        config,
        facts: runFacts(config),
        engineVersion: ctx.engineVersion,
        createdAt,
        tags: [`sweep:${sweepId}`, 'phase-diagram'],
        sweep: { sweepId, scale: s2, seed },
      };
    });
    const name = input.name ?? `phase diagram: tanh, σ_w² ${Math.min(...spec.sigmaW2)}–${Math.max(...spec.sigmaW2)} × depth ≤ ${Math.max(...spec.depths)}`;
    await storeAndQueue(ctx, { id: sweepId, name, kind: 'sweep', config: spec, createdAt, tags: ['sweep', 'phase-diagram'] }, runs, sweepId);
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
    if (spec.kind === 'phase_diagram') {
      return {
        id: input.id,
        name: exp.name,
        init: `lecun_normal × √σ_w² (tanh, width ${spec.width})`,
        scales: spec.sigmaW2,
        seeds: spec.seeds,
        total: cells.length,
        finished,
        status: exp.status,
        cells,
        phase: phaseDetail(ctx, input.id, spec, cells.map((c) => c.runId)),
      };
    }
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
