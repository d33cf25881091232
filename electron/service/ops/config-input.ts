// Configs arriving in operation payloads, validated with the one schema in shared/contract/config.ts.
import { parseExperimentConfig, parseRunConfig, type ExperimentConfig, type RunConfig } from '../../../shared/contract/config';
import { LabFailure } from '../../../shared/contract/errors';

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
  return r.value;
}
