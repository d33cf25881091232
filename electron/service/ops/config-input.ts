// Configs arriving in operation payloads, validated with the one schema in shared/contract/config.ts and
// checked against the documented limits (shared/contract/limits.ts) before anything is stored.
import { parseExperimentConfig, parseRunConfig, type ExperimentConfig, type ParseResult, type RunConfig } from '../../../shared/contract/config';
import { LabFailure } from '../../../shared/contract/errors';
import { issuesMessage, underPath, type PathSegment, type ValidationIssue } from '../../../shared/contract/issues';
import { MAX_RUNS_PER_EXPERIMENT, runLimitIssues } from '../../../shared/contract/limits';

function fail(issues: ValidationIssue[]): never {
  throw new LabFailure('invalid_input', issuesMessage(issues), issues);
}

function valueOr<T>(r: ParseResult<T>, at: PathSegment[]): T {
  if (r.ok) return r.value;
  fail(underPath(at, r.error.issues));
}

/** A validated experiment config; a bad one throws invalid_input with its issues under the payload field `field`. */
export function experimentConfigFrom(raw: unknown, field: string): ExperimentConfig {
  return valueOr(parseExperimentConfig(raw), [field]);
}

/** A validated run config within the limits; a bad one throws invalid_input with its issues under the payload field `field`. */
export function runConfigFrom(raw: unknown, field: string): RunConfig {
  const config = valueOr(parseRunConfig(raw), [field]);
  checkRunLimits(config, [field]);
  return config;
}

/** A run config the service made itself (a sweep's cell), checked as it is made; `label` says which. */
export function derivedRunConfig(raw: unknown, label: string): RunConfig {
  return runConfigFrom(raw, label);
}

/** Refuses a run config over a documented limit (shared/contract/limits.ts), each issue under the path `at`. */
export function checkRunLimits(config: RunConfig, at: PathSegment[]): void {
  const issues = runLimitIssues(config);
  if (issues.length > 0) {
    fail(issues.map((i) => ({ path: [...at, ...i.path], code: 'too_big', message: i.message, received: String(i.received), expected: i.expected })));
  }
}

/** Refuses an experiment or sweep of more runs than MAX_RUNS_PER_EXPERIMENT before anything is stored. */
export function checkRunCount(count: number, field: string): void {
  if (count > MAX_RUNS_PER_EXPERIMENT) {
    fail([
      {
        path: [field],
        code: 'too_big',
        message: `${count.toLocaleString('en-US')} runs is over the limit of ${MAX_RUNS_PER_EXPERIMENT.toLocaleString('en-US')} per experiment (fewer arms, seeds or scales)`,
        received: String(count),
        expected: `at most ${MAX_RUNS_PER_EXPERIMENT.toLocaleString('en-US')} runs`,
      },
    ]);
  }
}
