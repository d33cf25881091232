// An in-memory lab that also keeps scale sweeps: sweeps.start/get/resume and experiments.cancel on a sweep,
// with cells finished by hand (the real service runs them on the pool).
import { ok, fail } from '../../../shared/contract/errors';
import type { LabApi } from '../../../shared/contract/operations';
import type { RunStatus, SweepCellSummary, SweepDetail } from '../../../shared/contract/records';
import { createMemoryLab, type MemoryLab } from './memoryLab';

/** A memory lab with sweeps. */
export interface SweepLab extends MemoryLab {
  readonly sweeps: Map<string, SweepDetail>;
  /** Every sweeps.* and cancel call, in order. */
  readonly sweepCalls: { name: string; input: unknown }[];
  /** Ends one cell and emits the sweep's progress. */
  finishCell(sweepId: string, scale: number, seed: number, status: RunStatus, finalCost: number | null): void;
}

const ACTIVE: readonly RunStatus[] = ['queued', 'running'];

/** One cell of a sweep's grid, run id `<prefix><scale>-<seed>`, with no accuracies. */
export function sweepCell(scale: number, seed: number, status: RunStatus, finalCost: number | null, prefix = 'r'): SweepCellSummary {
  return { scale, seed, runId: `${prefix}${scale}-${seed}`, status, finalCost, trainAccuracy: null, testAccuracy: null };
}

function refreshed(d: SweepDetail): SweepDetail {
  const finished = d.cells.filter((c) => !ACTIVE.includes(c.status)).length;
  return { ...d, finished, total: d.cells.length, status: finished === d.cells.length ? 'finished' : 'running' };
}

/** Creates the lab. */
export function createSweepLab(): SweepLab {
  const lab = createMemoryLab();
  const sweeps = new Map<string, SweepDetail>();
  const sweepCalls: { name: string; input: unknown }[] = [];
  let n = 0;
  const api: LabApi = {
    ...lab.api,
    async 'sweeps.start'(input) {
      sweepCalls.push({ name: 'sweeps.start', input });
      const id = `s${++n}`;
      const base = input.base as { init: { name: string } };
      const cells: SweepCellSummary[] = input.scales.flatMap((scale) =>
        input.seeds.map((seed) => sweepCell(scale, seed, 'queued', null, `${id}-`)),
      );
      sweeps.set(id, refreshed({ id, name: input.name ?? `${base.init.name} sweep`, init: base.init.name, scales: input.scales, seeds: input.seeds, total: 0, finished: 0, status: 'running', cells }));
      return ok({ sweepId: id, runIds: cells.map((c) => c.runId) });
    },
    async 'sweeps.get'({ id }) {
      const d = sweeps.get(id);
      return d ? ok(d) : fail('not_found', `no sweep ${id}`);
    },
    async 'sweeps.resume'({ id }) {
      sweepCalls.push({ name: 'sweeps.resume', input: { id } });
      const d = sweeps.get(id);
      if (!d) return fail('not_found', `no sweep ${id}`);
      let requeued = 0;
      const cells = d.cells.map((c) => (['cancelled', 'interrupted', 'failed'].includes(c.status) ? (requeued++, { ...c, status: 'queued' as RunStatus }) : c));
      sweeps.set(id, refreshed({ ...d, cells }));
      return ok({ requeued });
    },
    async 'experiments.cancel'(input) {
      const d = sweeps.get(input.id);
      if (!d) return lab.api['experiments.cancel'](input);
      sweepCalls.push({ name: 'experiments.cancel', input });
      let cancelled = 0;
      const cells = d.cells.map((c) => (ACTIVE.includes(c.status) ? (cancelled++, { ...c, status: 'cancelled' as RunStatus }) : c));
      sweeps.set(input.id, refreshed({ ...d, cells }));
      return ok({ cancelled });
    },
  };
  return {
    ...lab,
    api,
    sweeps,
    sweepCalls,
    finishCell(sweepId: string, scale: number, seed: number, status: RunStatus, finalCost: number | null) {
      const d = sweeps.get(sweepId);
      if (!d) throw new Error(`no sweep ${sweepId}`);
      const cells = d.cells.map((c) => (c.scale === scale && c.seed === seed ? { ...c, status, finalCost } : c));
      const next = refreshed({ ...d, cells });
      sweeps.set(sweepId, next);
      lab.emit({ type: 'sweep.progress', sweepId, finished: next.finished, total: next.total });
    },
  };
}
