import { describe, expect, it } from 'vitest';
import { DataError, MNIST_TRAIN_PER_DIGIT, featureAt, mnistDataset } from '../../../shared/engine/data';

// Synthetic digit files: digit d has 800 + d + 1 images whose every pixel is (d·1000 + image index) / 10⁶.
const digits = Array.from({ length: 10 }, (_, d) => {
  const n = MNIST_TRAIN_PER_DIGIT + d + 1;
  return Array.from({ length: n * 784 }, (_, i) => (d * 1000 + Math.floor(i / 784)) / 1e6);
});

describe('mnistDataset', () => {
  const ds = mnistDataset(digits);

  it('trains on the first 800 images of each digit and tests on the rest, digit by digit', () => {
    expect(ds.nTrain).toBe(8000);
    expect(ds.nTest).toBe(55);
    expect(ds.yTrain[799]).toBe(0);
    expect(ds.yTrain[800]).toBe(1);
    expect(featureAt(ds.xTrain, 800 * 784)).toBe(1000 / 1e6);
    expect(Array.from(ds.yTest.subarray(0, 3))).toEqual([0, 1, 1]);
    expect(featureAt(ds.xTest, 784)).toBe((1000 + 800) / 1e6);
  });

  it('describes ten classes of 28×28 images', () => {
    expect(ds.classes).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(ds.image).toEqual({ width: 28, height: 28 });
    expect(ds.nFeatures).toBe(784);
  });

  it('refuses a digit file that is not whole images', () => {
    expect(() => mnistDataset([...digits.slice(0, 9), [0, 1]])).toThrow(DataError);
  });
});
