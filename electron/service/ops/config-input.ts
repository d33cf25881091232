// Configs arriving in operation payloads, validated with the one schema in shared/contract/config.ts.
import { parseExperimentConfig, parseRunConfig, type ExperimentConfig, type RunConfig } from '../../../shared/contract/config';
import { LabFailure } from '../../../shared/contract/errors';
import { describeLimitIssues, MAX_RUNS_PER_EXPERIMENT, runLimitIssues } from '../../../shared/contract/limits';

/** A validated experiment config; a bad one throws invalid_input naming the field under `root`. */
export function experimentConfigFrom(raw: unknown, root: string): ExperimentConfig {
  const r = parseExperimentConfig(raw);
  if (!r.ok) throw new LabFailure('invalid_input', `${root}.${r.error.message}`);
  return r.value;
}

/** A validated run config; a bad one throws invalid_input naming the field under `root`. */
export function runConfigFrom(raw: unknown, root: string): RunConfig {
  const r = parseRunConfig(raw);
  if (!r.ok) throw new LabFailure('invalid_input', `${root}.${r.error.message}`);
  checkRunLimits(r.value, root);
  return r.value;
}

/** Refuses a run config over a documented limit (shared/contract/limits.ts), naming the field under `root`. */
export function checkRunLimits(config: RunConfig, root: string): void {
  const issues = runLimitIssues(config);
  if (issues.length > 0) throw new LabFailure('invalid_input', describeLimitIssues(issues, root));
}

/** Refuses an experiment or sweep of more runs than MAX_RUNS_PER_EXPERIMENT before anything is stored. */
export function checkRunCount(count: number, root: string): void {
  if (count > MAX_RUNS_PER_EXPERIMENT) {
    throw new LabFailure('invalid_input', `${root}: ${count.toLocaleString('en-US')} runs is over the limit of ${MAX_RUNS_PER_EXPERIMENT.toLocaleString('en-US')} per experiment (fewer arms, seeds or scales)`);
  }
}
