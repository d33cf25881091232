// The data-set family: registry, generators, CSV import and the one loader.
export { DATASETS, DATASET_NAMES, GENERATED_DATASET_NAMES, isDatasetName, type DatasetName, type GeneratedDatasetName } from './registry';
export {
  csvDataConfig,
  loadDataset,
  parseCsv,
  type CourseDataConfig,
  type CsvDataConfig,
  type CsvOptions,
  type DataConfig,
  type DataFileRef,
  type DataFiles,
  type IdxDataConfig,
  type MnistDataConfig,
  type GeneratedDataConfig,
} from './load';
export { readCsvTable, sortedClasses, type CsvTable, type ReadCsvOptions } from './csv';
export { idxDataset, isGzip, parseIdxImages, parseIdxLabels, type IdxFiles, type IdxImages, type IdxLabels } from './idx';
export { MNIST_CLASSES, MNIST_IMAGE, MNIST_TRAIN_PER_DIGIT, mnistDataset, pixelNames } from './mnist';
export { byteFeatures, featureAt, featureCount, featuresToDoubles, packFeatures } from './features';
export { splitTable, type SplitOptions } from './table-split';
export { DataError, type DataErrorCode } from './errors';
export { resolveDataParams } from './params';
export { summarizeDataset, type DatasetSummary } from './summary';
export { courseDataset } from './course';
export { COURSE_TEST_X, COURSE_TEST_Y, COURSE_TRAIN_X, COURSE_TRAIN_Y } from './course-circles';
export type { DataParamSpec, DataParamValue, DataParams, DatasetEntry, DatasetSource, GenerateOptions } from './types';
