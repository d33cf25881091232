// runs.*: list, read, cancel, rerun, edit, delete.
import { LabFailure } from '../../../shared/contract/errors';
import { FINISHED_STATUSES } from '../../../shared/contract/records';
import type { HandlerMap, ServiceContext } from '../context';

type RunOps = 'runs.list' | 'runs.get' | 'runs.cancel' | 'runs.rerun' | 'runs.update' | 'runs.delete';

function mustExist(ctx: ServiceContext, id: string) {
  const s = ctx.store.runSummary(id);
  if (!s) throw new LabFailure('not_found', `no run ${id}`);
  return s;
}

/** Clears finished runs and queues them again in this process. */
export function requeue(ctx: ServiceContext, ids: readonly string[]): void {
  for (const id of ids) {
    ctx.store.resetRun(id);
    ctx.queue.enqueue(id);
  }
}

/** The run operations. */
export const runOps: HandlerMap<RunOps> = {
  'runs.list'(ctx, input) {
    return ctx.store.listRuns(input);
  },

  'runs.get'(ctx, input) {
    const include = { costs: input.include?.costs ?? true, checkpoints: input.include?.checkpoints ?? true, params: input.include?.params ?? true };
    const d = ctx.store.runDetail(input.id, include);
    if (!d) throw new LabFailure('not_found', `no run ${input.id}`);
    return d;
  },

  async 'runs.cancel'(ctx, input) {
    const s = mustExist(ctx, input.id);
    const status = await ctx.queue.cancel(input.id);
    if (status !== null) return { status };
    if (s.status === 'queued' || s.status === 'running') {
      throw new LabFailure('conflict', `run ${input.id} is ${s.status} in another Init Lab process; cancel it there`);
    }
    throw new LabFailure('conflict', `run ${input.id} has already ended (${s.status})`);
  },

  'runs.rerun'(ctx, input) {
    const s = mustExist(ctx, input.id);
    if (!FINISHED_STATUSES.includes(s.status)) throw new LabFailure('conflict', `run ${input.id} is still ${s.status}`);
    requeue(ctx, [input.id]);
    return { id: input.id };
  },

  'runs.update'(ctx, input) {
    const { id, ...patch } = input;
    if (!ctx.store.updateRun(id, patch)) throw new LabFailure('not_found', `no run ${id}`);
    ctx.events.emit({ type: 'store.changed', experimentIds: [], runIds: [id] });
    return ctx.store.runSummary(id)!;
  },

  async 'runs.delete'(ctx, input) {
    await Promise.all(input.ids.filter((id) => ctx.queue.has(id)).map((id) => ctx.queue.cancel(id)));
    const deleted = ctx.store.deleteRuns(input.ids);
    ctx.events.emit({ type: 'store.changed', experimentIds: [], runIds: input.ids });
    return { deleted };
  },
};
