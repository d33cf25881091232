// The shapes the data-set family shares: generator parameters, what a generator is given, registry entries.
import type { Rng } from '../rng/types';
import type { Dataset } from '../types';

/** A generator-specific setting's value. */
export type DataParamValue = number | string;

/** Resolved generator settings, keyed by snake_case name. */
export type DataParams = Readonly<Record<string, DataParamValue>>;

/** One generator-specific setting (e.g. circles' factor), described for the UI and validation. */
export interface DataParamSpec {
  name: string;
  type: 'number';
  default: number;
  /** Inclusive lower bound (absent: unbounded). */
  min?: number;
  /** Inclusive upper bound (absent: unbounded). */
  max?: number;
  description: string;
}

/** What a generator is given: split sizes, the coordinate noise σ, a stream made from the data seed, its settings. */
export interface GenerateOptions {
  nTrain: number;
  nTest: number;
  noise: number;
  rng: Rng;
  params: DataParams;
}

/** Where an entry's points come from: shipped with the app, drawn by a generator, or read from a CSV file. */
export type DatasetSource = 'shipped' | 'generated' | 'imported';

/** A data-set registry entry. */
export interface DatasetEntry {
  label: string;
  description: string;
  source: DatasetSource;
  parameters: readonly DataParamSpec[];
  defaults: DataParams;
  /** Generated entries only: the train and test sets, train drawn first. */
  generate?(opts: GenerateOptions): Dataset<Float64Array>;
}
