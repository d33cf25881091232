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
  description: 'Numeric feature columns and a 0/1 label column read from a CSV file.',
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
} satisfies Record<string, DatasetEntry>;

/** A data set's name, as written in configs and on the command line. */
export type DatasetName = keyof typeof DATASETS;

/** The names of the generated data sets (sizes, noise and seed apply). */
export type GeneratedDatasetName = Exclude<DatasetName, 'course-circles' | 'csv'>;

/** Every accepted data-set name, in registry order. */
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

/** The generated data sets' names, in registry order. */
export const GENERATED_DATASET_NAMES = DATASET_NAMES.filter((n) => DATASETS[n].source === 'generated') as GeneratedDatasetName[];

/** Whether a string names a data set. */
export function isDatasetName(name: string): name is DatasetName {
  return Object.prototype.hasOwnProperty.call(DATASETS, name);
}
