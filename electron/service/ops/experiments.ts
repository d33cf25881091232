// experiments.*: store an experiment's runs and queue them; list, read, edit, cancel, delete.
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { eachExperimentRun } from '../../../shared/contract/config';
import { LabFailure } from '../../../shared/contract/errors';
import { newId } from '../../store/ids';
import type { NewRun } from '../../store/run-store';
import { armLabelOf } from '../../../shared/engine/init/label';
import { initSpecText, runFacts } from '../config-facts';
import type { HandlerMap, ServiceContext } from '../context';
import { checkRunCount, checkRunLimits, experimentConfigFrom } from './config-input';
import { makeInSlices, startSettled, storeAndQueue } from './start-runs';

type ExperimentOps = 'experiments.start' | 'experiments.list' | 'experiments.get' | 'experiments.update' | 'experiments.cancel' | 'experiments.delete';

/** Cancels every run of an experiment queued or training in this process; returns how many were. */
export async function cancelExperimentRuns(ctx: ServiceContext, experimentId: string): Promise<number> {
  await startSettled(ctx, experimentId);
  const ids = ctx.store.runIdsWithStatus(['queued', 'running'], experimentId).filter((id) => ctx.queue.has(id));
  return ctx.queue.cancelMany(ids);
}

/** Runs deleted per transaction when an experiment goes. */
const DELETE_BATCH = 500;

/** The experiment operations. */
export const experimentOps: HandlerMap<ExperimentOps> = {
  async 'experiments.start'(ctx, input) {
    const exp = experimentConfigFrom(input.experiment, 'experiment');
    checkRunCount(exp.arms.length * exp.seeds.init.length * (exp.seeds.data?.length ?? 1), 'experiment');
    const experimentId = newId('e');
    const createdAt = new Date().toISOString();
    // The experiment was validated above; each run's config is made from its checked parts (shared/contract/config.ts).
    // All are made (and the limits checked) before anything is stored, with pauses, so a refusal stores nothing.
    const runs: NewRun[] = await makeInSlices(eachExperimentRun(exp), (r, i) => {
      const config = r.config;
      // Limits are checked once per distinct shape: arms and data seeds change the network or the data, init seeds do not.
      if (r.initSeed === exp.seeds.init[0]) checkRunLimits(config, ['experiment', 'runs', i]);
      return {
        id: newId('r'),
        experimentId,
        // Named with the arm's label as every view shows it ("He ×2 · seed 1", not `he · seed 1`).
        name: `${armLabelOf(r.label, initSpecText(config.init))} · seed ${r.initSeed}${r.dataSeed === null ? '' : ` · data ${r.dataSeed}`}`,
        arm: r.label,
        config,
        facts: runFacts(config),
        engineVersion: ctx.engineVersion,
        createdAt,
        tags: [],
        sweep: null,
      };
    });
    await storeAndQueue(ctx, { id: experimentId, name: input.name ?? exp.name, kind: 'experiment', config: exp, createdAt, tags: input.tags ?? [] }, runs, null);
    return { experimentId, runIds: runs.map((r) => r.id) };
  },

  'experiments.list'(ctx, input) {
    return ctx.store.listExperiments({ kind: input.kind, limit: input.limit });
  },

  'experiments.get'(ctx, input) {
    const summary = ctx.store.experimentSummary(input.id);
    if (!summary) throw new LabFailure('not_found', `no experiment ${input.id}`);
    return { ...summary, config: ctx.store.experimentConfig(input.id), runs: ctx.store.experimentRuns(input.id) };
  },

  'experiments.update'(ctx, input) {
    const { id, ...patch } = input;
    if (!ctx.store.updateExperiment(id, patch)) throw new LabFailure('not_found', `no experiment ${id}`);
    ctx.events.emit({ type: 'store.changed', experimentIds: [id], runIds: [] });
    return ctx.store.experimentSummary(id)!;
  },

  async 'experiments.cancel'(ctx, input) {
    if (!ctx.store.experimentSummary(input.id)) throw new LabFailure('not_found', `no experiment ${input.id}`);
    return { cancelled: await cancelExperimentRuns(ctx, input.id) };
  },

  async 'experiments.delete'(ctx, input) {
    if (!ctx.store.experimentSummary(input.id)) throw new LabFailure('not_found', `no experiment ${input.id}`);
    await cancelExperimentRuns(ctx, input.id);
    // Runs go in batches, each its own transaction with a pause between, so the service keeps answering; then the experiment.
    let deleted = 0;
    for (let n; (n = ctx.store.deleteSomeRuns(input.id, DELETE_BATCH)) > 0; ) {
      deleted += n;
      await yieldToEvents();
    }
    deleted += Math.max(0, ctx.store.deleteExperiment(input.id));
    ctx.events.emit({ type: 'store.changed', experimentIds: [input.id], runIds: [] });
    return { deleted: Math.max(0, deleted) };
  },
};
