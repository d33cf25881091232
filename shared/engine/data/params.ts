// Checking a generator's settings against its registry entry, with errors that list what is accepted.
import { DataError } from './errors';
import { DATASETS, DATASET_NAMES, isDatasetName } from './registry';
import type { DataParams, DataParamValue } from './types';

/** The settings of a data set with defaults filled in; throws DataError for an unknown name, setting or value. */
export function resolveDataParams(name: string, given: Readonly<Record<string, unknown>> = {}): DataParams {
  if (!isDatasetName(name)) throw new DataError('unknown_dataset', `unknown data set "${name}"; accepted: ${DATASET_NAMES.join(', ')}`);
  const entry = DATASETS[name];
  const out: Record<string, DataParamValue> = { ...entry.defaults };
  for (const [key, raw] of Object.entries(given)) {
    const spec = entry.parameters.find((p) => p.name === key);
    if (!spec) {
      const accepted = entry.parameters.length ? entry.parameters.map((p) => p.name).join(', ') : 'none';
      throw new DataError('unknown_parameter', `unknown setting "${key}" for ${name}; accepted: ${accepted}`, key);
    }
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
    const inRange = (spec.min === undefined || value >= spec.min) && (spec.max === undefined || value <= spec.max);
    if (!Number.isFinite(value) || !inRange) {
      const range = `[${spec.min ?? '−∞'}, ${spec.max ?? '∞'}]`;
      throw new DataError('bad_value', `bad value "${String(raw)}" for ${name}.${key}: expected a number in ${range}`, key);
    }
    out[key] = value;
  }
  return out;
}
