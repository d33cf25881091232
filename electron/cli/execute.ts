// Runs an experiment on the lab service and waits for it: a progress bar on a terminal, Ctrl-C cancels,
// and the finished runs come back in the experiment's order (for each seed, each arm).
import type { ExperimentConfigInput } from '../../shared/contract/config';
import type { LabError } from '../../shared/contract/errors';
import type { RunDetail, RunSummary } from '../../shared/contract/records';
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
  /** The data directory the service used (named when runs could not be stored). */
  dataDir: string;
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
  // How each run ended as the queue saw it: it holds even where the store could not record the ending.
  const endings = new Map<string, RunSummary>();
  // One run: the engine's own estimate. Several (queued and training side by side): the average rate so far.
  let oneLeft: number | null = null;
  const started = performance.now();
  const unsubscribe = service.subscribe((e) => {
    if (!('runId' in e) || !iterations.has(e.runId)) return;
    if ('run' in e) endings.set(e.runId, e.run);
    if (e.type === 'run.progress') {
      reached.set(e.runId, e.iteration);
      oneLeft = e.secondsLeft;
    } else if (e.type.startsWith('run.') && e.type !== 'run.queued' && e.type !== 'run.started' && e.type !== 'run.costs' && e.type !== 'run.checkpoint') {
      reached.set(e.runId, iterations.get(e.runId)!);
    } else return;
    let sum = 0;
    for (const v of reached.values()) sum += v;
    const elapsed = (performance.now() - started) / 1000;
    bar.update(sum, runIds.length === 1 ? oneLeft : sum > 0 ? ((total - sum) * elapsed) / sum : null);
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
  for (const id of runIds) {
    const stored = unwrap(await service.call('runs.get', { id, include: { costs: true, checkpoints: true, params: false } }));
    const seen = endings.get(id);
    runs.push(seen && seen.status === 'failed' && stored.status !== 'failed' ? { ...stored, status: 'failed', errorMessage: seen.errorMessage } : stored);
  }
  return { experimentId, runs, interrupted, dataDir: service.facts.dataDir };
}
