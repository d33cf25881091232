// Building data-set registry entries: defaults derived from the parameter list, settings merged before generating.
import type { DataParamSpec, DataParams, DatasetEntry } from './types';

/** What an entry is written as; defaults and setting merging are filled in by defineDataset. */
export type DatasetDefinition = Omit<DatasetEntry, 'defaults' | 'parameters'> & { parameters?: readonly DataParamSpec[] };

/** Completes a definition into an entry whose generate() always sees every setting. */
export function defineDataset(def: DatasetDefinition): DatasetEntry {
  const parameters = def.parameters ?? [];
  const defaults: DataParams = Object.fromEntries(parameters.map((p) => [p.name, p.default]));
  const generate = def.generate;
  return {
    ...def,
    parameters,
    defaults,
    ...(generate ? { generate: (opts) => generate({ ...opts, params: { ...defaults, ...opts.params } }) } : {}),
  };
}

/** Reads a numeric setting that defineDataset guarantees to be present. */
export function setting(params: DataParams, name: string): number {
  const v = params[name];
  if (typeof v !== 'number') throw new TypeError(`data set setting ${name} must be a number, got ${String(v)}`);
  return v;
}
