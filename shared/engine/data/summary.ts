// A data set at a glance: sizes, class balance and the range of its first two features (for thumbnails and grids).
import type { Dataset } from '../types';
import { featureAt, featureCount } from './features';

/** Sizes, class-1 shares and the bounding box of features 1 and 2 over train and test. */
export interface DatasetSummary {
  nFeatures: number;
  nTrain: number;
  nTest: number;
  /** Share of class 1 in the training and test sets (NaN for an empty set). */
  trainPositive: number;
  testPositive: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Summarises a data set; with one feature, the y range is [0, 0]. */
export function summarizeDataset(ds: Dataset): DatasetSummary {
  const d = ds.nFeatures;
  let [xMin, xMax, yMin, yMax] = [Infinity, -Infinity, d > 1 ? Infinity : 0, d > 1 ? -Infinity : 0];
  for (const x of [ds.xTrain, ds.xTest]) {
    for (let i = 0; i < featureCount(x); i += d) {
      const a = featureAt(x, i);
      xMin = Math.min(xMin, a);
      xMax = Math.max(xMax, a);
      if (d > 1) {
        const b = featureAt(x, i + 1);
        yMin = Math.min(yMin, b);
        yMax = Math.max(yMax, b);
      }
    }
  }
  const share = (y: Float64Array) => y.reduce((s, v) => s + v, 0) / y.length;
  return {
    nFeatures: d,
    nTrain: ds.nTrain,
    nTest: ds.nTest,
    trainPositive: share(ds.yTrain),
    testPositive: share(ds.yTest),
    xMin,
    xMax,
    yMin,
    yMax,
  };
}
