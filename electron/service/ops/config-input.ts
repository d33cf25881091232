// Configs arriving in operation payloads, validated with the one schema in shared/contract/config.ts.
import { configMessage, parseExperimentConfig, parseRunConfig, type ExperimentConfig, type ParseResult, type RunConfig } from '../../../shared/contract/config';
import { LabFailure } from '../../../shared/contract/errors';
import { issuesMessage, underPath, type PathSegment } from '../../../shared/contract/issues';

function valueOr<T>(r: ParseResult<T>, at: PathSegment[]): T {
  if (r.ok) return r.value;
  const issues = underPath(at, r.error.issues);
  throw new LabFailure('invalid_input', issuesMessage(issues), issues);
}

/** A validated experiment config; a bad one throws invalid_input with its issues under the payload field `field`. */
export function experimentConfigFrom(raw: unknown, field: string): ExperimentConfig {
  return valueOr(parseExperimentConfig(raw), [field]);
}

/** A validated run config; a bad one throws invalid_input with its issues under the payload field `field`. */
export function runConfigFrom(raw: unknown, field: string): RunConfig {
  return valueOr(parseRunConfig(raw), [field]);
}

/** A run config the service made itself (a sweep's cell), checked as it is made; `label` says which. */
export function derivedRunConfig(raw: unknown, label: string): RunConfig {
  const r = parseRunConfig(raw);
  if (r.ok) return r.value;
  throw new LabFailure('invalid_input', `${label}.${configMessage(r.error.issues)}`, r.error.issues);
}
