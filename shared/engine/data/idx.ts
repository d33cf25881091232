// IDX files, the format of MNIST, Fashion-MNIST and KMNIST: a big-endian header (two zero bytes, a type
// code, the number of dimensions, each dimension's size) then the values. Only unsigned bytes (0x08) are
// read: images as idx3 (count × rows × cols), labels as idx1 (count). Gzipped files are inflated first.
import { gunzipSync } from 'fflate';
import type { Dataset } from '../types';
import { DataError } from './errors';
import { byteFeatures } from './features';
import { pixelNames } from './mnist';

/** Images from an idx3 file: count images of rows × cols bytes each, row by row. */
export interface IdxImages {
  count: number;
  rows: number;
  cols: number;
  pixels: Uint8Array;
}

/** Labels from an idx1 file. */
export interface IdxLabels {
  count: number;
  labels: Uint8Array;
}

const UNSIGNED_BYTE = 0x08;

/** Whether bytes start with gzip's magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The file's IDX bytes: inflated when gzipped; a broken gzip stream is a DataError naming the file. */
function idxBytes(bytes: Uint8Array, file: string): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes);
  } catch (e) {
    throw new DataError('bad_file', `${file}: not a readable gzip file (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Reads an IDX header with the expected number of dimensions; returns the sizes and the offset of the data. */
function header(bytes: Uint8Array, dims: number, file: string): { sizes: number[]; offset: number } {
  const what = dims === 3 ? 'idx3 image file' : 'idx1 label file';
  if (bytes.length < 4 || bytes[0] !== 0 || bytes[1] !== 0) {
    throw new DataError('bad_file', `${file}: not an IDX file (bad magic number); expected an ${what}`);
  }
  if (bytes[2] !== UNSIGNED_BYTE) {
    throw new DataError('bad_file', `${file}: IDX value type 0x${bytes[2].toString(16).padStart(2, '0')} is not supported; expected unsigned bytes (0x08)`);
  }
  if (bytes[3] !== dims) {
    throw new DataError('bad_file', `${file}: an IDX file with ${bytes[3]} dimension${bytes[3] === 1 ? '' : 's'}; expected an ${what} (${dims})`);
  }
  const offset = 4 + 4 * dims;
  if (bytes.length < offset) throw new DataError('bad_file', `${file}: truncated: the IDX header needs ${offset} bytes, the file has ${bytes.length}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sizes = Array.from({ length: dims }, (_, i) => view.getUint32(4 + 4 * i, false));
  const expected = offset + sizes.reduce((p, s) => p * s, 1);
  if (bytes.length < expected) {
    throw new DataError('bad_file', `${file}: truncated: the header promises ${sizes.join(' × ')} values (${expected} bytes), the file has ${bytes.length}`);
  }
  return { sizes, offset };
}

/** Parses an idx3 image file (gzipped or not); `file` names it in errors. */
export function parseIdxImages(bytes: Uint8Array, file: string): IdxImages {
  const raw = idxBytes(bytes, file);
  const { sizes, offset } = header(raw, 3, file);
  const [count, rows, cols] = sizes;
  if (count === 0 || rows === 0 || cols === 0) throw new DataError('bad_file', `${file}: holds no images (${sizes.join(' × ')})`);
  // A view, not a copy: a 60,000-image file's pixels are 47 MB.
  return { count, rows, cols, pixels: raw.subarray(offset, offset + count * rows * cols) };
}

/** Parses an idx1 label file (gzipped or not); `file` names it in errors. */
export function parseIdxLabels(bytes: Uint8Array, file: string): IdxLabels {
  const raw = idxBytes(bytes, file);
  const { sizes, offset } = header(raw, 1, file);
  return { count: sizes[0], labels: raw.slice(offset, offset + sizes[0]) };
}

/** The four parsed files of an IDX data set, each with the name errors should use for it. */
export interface IdxFiles {
  trainImages: { file: string; images: IdxImages };
  trainLabels: { file: string; labels: IdxLabels };
  testImages: { file: string; images: IdxImages };
  testLabels: { file: string; labels: IdxLabels };
}

/**
 * A Dataset from parsed IDX files: pixels kept as bytes standing for numpy's `X / 255.0`, samples in file order.
 * Classes are the distinct training labels sorted by value; a test label outside them, a count mismatch or
 * images of another size is a DataError naming the files.
 */
export function idxDataset(name: string, f: IdxFiles): Dataset {
  const train = f.trainImages.images;
  const test = f.testImages.images;
  for (const [images, labels] of [
    [f.trainImages, f.trainLabels],
    [f.testImages, f.testLabels],
  ] as const) {
    if (images.images.count !== labels.labels.count) {
      throw new DataError(
        'bad_file',
        `${labels.file} has ${labels.labels.count} labels but ${images.file} has ${images.images.count} images; expected one label per image`,
      );
    }
  }
  if (test.rows !== train.rows || test.cols !== train.cols) {
    throw new DataError('bad_file', `${f.testImages.file} holds ${test.rows}×${test.cols} images but ${f.trainImages.file} ${train.rows}×${train.cols}; expected the same size`);
  }
  const values = [...new Set(f.trainLabels.labels.labels)].sort((a, b) => a - b);
  if (values.length < 2) throw new DataError('one_class', `${f.trainLabels.file}: every label is ${values[0]}; a classifier needs at least two classes`);
  const index = new Int16Array(256).fill(-1);
  values.forEach((v, i) => (index[v] = i));
  const classOf = (labels: Uint8Array, file: string): Float64Array =>
    Float64Array.from(labels, (v, i) => {
      if (index[v] < 0) throw new DataError('bad_label', `${file}: label ${v} (item ${i}) is not among the training labels (${values.join(', ')})`);
      return index[v];
    });
  // Pixels stay bytes; each stands for byte / 255, the double numpy's `X / 255.0` gives.
  const levels = Float64Array.from({ length: 256 }, (_, v) => v / 255);
  return {
    name,
    featureNames: pixelNames(train.cols, train.rows),
    classes: values.map(String),
    image: { width: train.cols, height: train.rows },
    nFeatures: train.rows * train.cols,
    nTrain: train.count,
    nTest: test.count,
    xTrain: byteFeatures(train.pixels, levels),
    yTrain: classOf(f.trainLabels.labels.labels, f.trainLabels.file),
    xTest: byteFeatures(test.pixels, levels),
    yTest: classOf(f.testLabels.labels.labels, f.testLabels.file),
  };
}
