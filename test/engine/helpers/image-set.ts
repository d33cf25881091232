// A synthetic 3-class image set held as bytes (levels b / 255), for tests of byte inputs on both training paths.
import { byteFeatures, pixelNames } from '../../../shared/engine/data';
import type { Dataset } from '../../../shared/engine/types';

/** The bytes of n images of side × side pixels; `salt` tells the training set's from the test set's. */
export type PixelSource = (n: number, d: number, salt: number) => Uint8Array;

/** Pixels from a fixed pattern over every byte value. */
export const patternPixels: PixelSource = (n, d, salt) => Uint8Array.from({ length: n * d }, (_, i) => ((i * 131 + salt) ^ (i >> 5)) % 256);

/** nTrain + nTest square images from `pixels`, labelled (j·7) mod 3. */
export function byteImageSet(nTrain: number, nTest: number, side: number, pixels: PixelSource = patternPixels, name = 'bytes'): Dataset {
  const d = side * side;
  const levels = Float64Array.from({ length: 256 }, (_, v) => v / 255);
  const labels = (n: number) => Float64Array.from({ length: n }, (_, j) => (j * 7) % 3);
  return {
    name,
    featureNames: pixelNames(side, side),
    classes: ['a', 'b', 'c'],
    image: { width: side, height: side },
    nFeatures: d,
    nTrain,
    nTest,
    xTrain: byteFeatures(pixels(nTrain, d, 1), levels),
    yTrain: labels(nTrain),
    xTest: byteFeatures(pixels(nTest, d, 2), levels),
    yTest: labels(nTest),
  };
}
