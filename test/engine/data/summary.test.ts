import { describe, expect, it } from 'vitest';
import { summarizeDataset } from '../../../shared/engine/data/summary';
import type { Dataset } from '../../../shared/engine/types';

const ds: Dataset = {
  name: 't',
  featureNames: ['a', 'b'],
  classes: ['0', '1'],
  nFeatures: 2,
  nTrain: 3,
  nTest: 1,
  xTrain: Float64Array.from([0, 1, -2, 5, 3, 0]),
  yTrain: Float64Array.from([1, 0, 1]),
  xTest: Float64Array.from([4, -1]),
  yTest: Float64Array.from([0]),
};

describe('summarizeDataset', () => {
  it('gives the bounding box of both features over train and test', () => {
    expect(summarizeDataset(ds)).toMatchObject({ xMin: -2, xMax: 4, yMin: -1, yMax: 5 });
  });

  it('gives the sizes and each set\'s share of class 1', () => {
    expect(summarizeDataset(ds)).toMatchObject({ nFeatures: 2, nTrain: 3, nTest: 1, trainPositive: 2 / 3, testPositive: 0 });
  });
});
