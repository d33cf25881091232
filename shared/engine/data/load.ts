// One entry point from a data config to a Dataset: shipped, generated (seeded) or a CSV's rows (seeded split).
import { createRng } from '../rng';
import type { RngKind } from '../rng/types';
import type { Dataset } from '../types';
import { courseDataset } from './course';
import { readCsvTable, type ReadCsvOptions } from './csv';
import { DataError } from './errors';
import { resolveDataParams } from './params';
import { DATASETS, type GeneratedDatasetName } from './registry';
import { splitTable } from './table-split';
import type { DataParamValue } from './types';

/** The course's points, as shipped. */
export interface CourseDataConfig {
  kind: 'course-circles';
}

/** A generated data set: sizes, coordinate noise σ, its own seed and generator settings. */
export interface GeneratedDataConfig {
  kind: GeneratedDatasetName;
  nTrain: number;
  nTest: number;
  noise: number;
  seed: number;
  params?: Readonly<Record<string, DataParamValue>>;
}

/** A CSV's rows carried inline (so the config alone reproduces the run), split and standardised at load time. */
export interface CsvDataConfig {
  kind: 'csv';
  /** Where the rows came from (a file name), used as the data set's name. */
  source?: string;
  featureNames: readonly string[];
  x: readonly (readonly number[])[];
  y: readonly (0 | 1)[];
  testFraction: number;
  splitSeed: number;
  standardize: boolean;
}

/** Where a run's data comes from (the shape shared/contract's DataConfig schema produces). */
export type DataConfig = CourseDataConfig | GeneratedDataConfig | CsvDataConfig;

/** The data set a config describes; generators and the CSV split draw from a fresh stream of kind rngKind seeded with the data's own seed. */
export function loadDataset(config: DataConfig, rngKind: RngKind = 'seedrandom'): Dataset {
  switch (config.kind) {
    case 'course-circles':
      return courseDataset();
    case 'csv':
      return splitTable(config.source || 'csv', config, config, createRng(rngKind, config.splitSeed));
    default: {
      const entry = DATASETS[config.kind];
      if (!entry?.generate) throw new DataError('unknown_dataset', `unknown data set "${String(config.kind)}"`);
      const params = resolveDataParams(config.kind, config.params ?? {});
      return entry.generate({ nTrain: config.nTrain, nTest: config.nTest, noise: config.noise, rng: createRng(rngKind, config.seed), params });
    }
  }
}

/** Options of csvDataConfig and parseCsv. */
export interface CsvOptions extends ReadCsvOptions {
  /** Rescale features with the training rows' mean and std (default true). */
  standardize?: boolean;
  /** Share of rows held out for testing (default 0.2). */
  testFraction?: number;
  /** Seed of the split's shuffle (default 1). */
  seed?: number;
  /** Shown as the data set's name (e.g. the file name). */
  source?: string;
}

/** Reads CSV text into the inline config a run carries; throws DataError for a bad file. */
export function csvDataConfig(text: string, opts: CsvOptions = {}): CsvDataConfig {
  const table = readCsvTable(text, { label: opts.label });
  return {
    kind: 'csv',
    source: opts.source ?? '',
    featureNames: table.featureNames,
    x: table.x,
    y: table.y,
    testFraction: opts.testFraction ?? 0.2,
    splitSeed: opts.seed ?? 1,
    standardize: opts.standardize ?? true,
  };
}

/** CSV text straight to a split (and by default standardised) Dataset; throws DataError for a bad file. */
export function parseCsv(text: string, opts: CsvOptions = {}, rngKind: RngKind = 'seedrandom'): Dataset {
  return loadDataset(csvDataConfig(text, opts), rngKind);
}
