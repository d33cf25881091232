// Database rows and their mapping to the contract's records.
import type { RunStatus, RunSummary, SweepCell } from '../../shared/contract/records';

/** A row of the runs table (with its tags joined in). */
export interface RunRow {
  id: string;
  experiment_id: string;
  name: string;
  arm: string;
  status: RunStatus;
  config: string;
  dataset: string;
  init: string;
  init_name: string;
  init_seed: number;
  data_seed: number | null;
  iterations: number;
  engine_version: string;
  owner_pid: number | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  iterations_run: number | null;
  cost_every: number | null;
  train_accuracy: number | null;
  test_accuracy: number | null;
  final_cost: number | null;
  diverged_at: number | null;
  first_non_finite: number | null;
  train_seconds: number | null;
  error_message: string | null;
  notes: string;
  sweep_id: string | null;
  sweep_scale: number | null;
  sweep_seed: number | null;
  /** Tags joined with the unit separator (\x1f), or null. */
  tags: string | null;
}

/** The SELECT list that yields RunRow, tags included (the runs table must be aliased `r`). */
export const RUN_COLUMNS = `r.*, (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM run_tags t WHERE t.run_id = r.id ORDER BY tag)) AS tags`;

/** Splits a group_concat of tags. */
export function splitTags(joined: string | null): string[] {
  return joined ? joined.split('\x1f') : [];
}

/** A run row as the contract's RunSummary. */
export function toRunSummary(r: RunRow): RunSummary {
  const sweep: SweepCell | null = r.sweep_id === null ? null : { sweepId: r.sweep_id, scale: r.sweep_scale ?? NaN, seed: r.sweep_seed ?? NaN };
  return {
    id: r.id,
    experimentId: r.experiment_id,
    name: r.name,
    arm: r.arm,
    status: r.status,
    dataset: r.dataset,
    init: r.init,
    initSeed: r.init_seed,
    dataSeed: r.data_seed,
    iterations: r.iterations,
    iterationsRun: r.iterations_run,
    trainAccuracy: r.train_accuracy,
    testAccuracy: r.test_accuracy,
    finalCost: r.final_cost,
    divergedAt: r.diverged_at,
    firstNonFiniteIteration: r.first_non_finite,
    errorMessage: r.error_message,
    engineVersion: r.engine_version,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    trainSeconds: r.train_seconds,
    tags: splitTags(r.tags),
    notes: r.notes,
    sweep,
  };
}

/** A row of the experiments table with its tags and status counts joined in. */
export interface ExperimentRow {
  id: string;
  name: string;
  kind: 'experiment' | 'sweep';
  config: string;
  created_at: string;
  notes: string;
  tags: string | null;
}

/** The SELECT list that yields ExperimentRow (the experiments table must be aliased `e`). */
export const EXPERIMENT_COLUMNS = `e.*, (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM experiment_tags t WHERE t.experiment_id = e.id ORDER BY tag)) AS tags`;
