// Runs an experiment on the lab service and waits for it: a progress bar on a terminal, Ctrl-C cancels,
// and the finished runs come back in the experiment's order (for each seed, each arm).
import type { ExperimentConfigInput } from '../../shared/contract/config';
import type { LabError } from '../../shared/contract/errors';
import type { RunDetail } from '../../shared/contract/records';
import type { LabService } from '../service/lab-service';
import type { CliIo } from './io';
import { progressBar } from './progress';
import { unwrap } from './service';

/** A finished experiment: its id and its runs with their recorded costs. */
export interface ExperimentOutcome {
  experimentId: string;
  runs: RunDetail[];
  /** True if the user interrupted it (the unfinished runs are cancelled). */
  interrupted: boolean;
}

/** Stores and queues the experiment, waits for every run, and reads them back with their costs. */
export async function executeExperiment(
  io: CliIo,
  service: LabService,
  experiment: ExperimentConfigInput,
  opts: { name?: string; rewriteError?: (error: LabError) => string } = {},
): Promise<ExperimentOutcome> {
  const { experimentId, runIds } = unwrap(await service.call('experiments.start', { experiment, name: opts.name }), opts.rewriteError);
  const iterations = new Map<string, number>();
  let total = 0;
  for (const r of unwrap(await service.call('experiments.get', { id: experimentId })).runs) {
    iterations.set(r.id, r.iterations);
    total += r.iterations;
  }
  const bar = progressBar(io, runIds.length === 1 ? 'training' : `training ${runIds.length} runs`, total);
  const reached = new Map<string, number>();
  const unsubscribe = service.subscribe((e) => {
    if (!('runId' in e) || !iterations.has(e.runId)) return;
    if (e.type === 'run.progress') reached.set(e.runId, e.iteration);
    else if (e.type.startsWith('run.') && e.type !== 'run.queued' && e.type !== 'run.started' && e.type !== 'run.costs' && e.type !== 'run.checkpoint') {
      reached.set(e.runId, iterations.get(e.runId)!);
    } else return;
    let sum = 0;
    for (const v of reached.values()) sum += v;
    bar.update(sum);
  });

  let interrupted = false;
  const cancel = () => {
    interrupted = true;
    void service.call('experiments.cancel', { id: experimentId });
  };
  process.once('SIGINT', cancel);
  try {
    await service.settled(runIds);
  } finally {
    process.off('SIGINT', cancel);
    unsubscribe();
    bar.stop();
  }
  const runs: RunDetail[] = [];
  for (const id of runIds) runs.push(unwrap(await service.call('runs.get', { id, include: { costs: true, checkpoints: false, params: false } })));
  return { experimentId, runs, interrupted };
}
