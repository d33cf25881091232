import { describe, expect, it } from 'vitest';
import { CsvDataSchema } from '../../../../shared/contract/config';
import { trainSizeOf } from '../../../../renderer/src/lib/runs/trainSize';

const csv = (rows: number, over: Record<string, unknown> = {}) =>
  CsvDataSchema.parse({ kind: 'csv', featureNames: ['a'], x: Array.from({ length: rows }, (_, i) => [i]), y: Array.from({ length: rows }, (_, i) => i % 3), classes: ['a', 'b', 'c'], ...over });

describe('trainSizeOf', () => {
  it('counts the built-in MNIST set\'s 8,000 training images', () => {
    expect(trainSizeOf({ kind: 'mnist' })).toBe(8000);
  });

  it('holds out round(n · testFraction) rows of a split CSV, as the split does', () => {
    expect(trainSizeOf(csv(10, { testFraction: 0.25 }))).toBe(7); // round(2.5) = 3 held out
  });

  it('trains on every row of a CSV with a test file of its own', () => {
    expect(trainSizeOf(csv(10, { test: { x: [[1]], y: [0] } }))).toBe(10);
  });

  it('takes a generated set\'s own size and does not guess for IDX files', () => {
    expect(trainSizeOf({ kind: 'moons', nTrain: 123, nTest: 5, noise: 0.1, seed: 1, params: {} })).toBe(123);
    expect(trainSizeOf({ kind: 'course-circles' })).toBeNull();
  });
});
