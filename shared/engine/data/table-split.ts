// Turning a table of samples into a Dataset: a seeded shuffle, a train/test split, optional standardisation.
import type { Rng } from '../rng/types';
import type { Dataset } from '../types';
import { DataError } from './errors';

/** How a table becomes train and test sets. */
export interface SplitOptions {
  /** Share of rows held out for testing, in [0, 1); rounded to whole rows. */
  testFraction: number;
  /** Rescale each feature to mean 0, std 1 using the training rows' statistics. */
  standardize: boolean;
}

/** Rows of samples with their class indices. */
interface Rows {
  x: readonly (readonly number[])[];
  y: readonly number[];
}

/**
 * Shuffles rows with rng (Fisher–Yates from the end), holds out round(n · testFraction) for testing, standardises
 * on train. With `test` rows of their own, the table's rows all train in file order (rng unused) and test is the test set.
 */
export function splitTable(
  name: string,
  table: Rows & { featureNames: readonly string[] },
  opts: SplitOptions,
  rng: Rng | null,
  test?: Rows,
): Dataset<Float64Array> {
  const n = table.x.length;
  const d = table.featureNames.length;
  if (!(opts.testFraction >= 0 && opts.testFraction < 1)) {
    throw new DataError('bad_value', `testFraction must be in [0, 1), got ${opts.testFraction}`);
  }
  const nTest = Math.round(n * opts.testFraction);
  const nTrain = n - nTest;
  if (nTrain < 2) throw new DataError('too_few_rows', `${n} rows leave ${nTrain} for training; need at least 2`);

  const order = Array.from({ length: n }, (_, i) => i);
  if (!test) {
    if (!rng) throw new TypeError('splitTable needs a stream to shuffle with when there are no test rows');
    for (let i = n - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
  }
  const take = (from: Rows, rows: number[]) => ({
    x: Float64Array.from(rows.flatMap((i) => from.x[i])),
    y: Float64Array.from(rows.map((i) => from.y[i])),
  });
  const trainSet = take(table, test ? order : order.slice(0, nTrain));
  const testSet = test ? take(test, test.x.map((_, i) => i)) : take(table, order.slice(nTrain));
  if (opts.standardize) standardizeColumns(trainSet.x, testSet.x, d);
  const classCount = Math.max(...table.y, ...(test?.y ?? [])) + 1;
  return {
    name,
    featureNames: [...table.featureNames],
    classes: Array.from({ length: Math.max(2, classCount) }, (_, i) => String(i)),
    nFeatures: d,
    nTrain: test ? n : nTrain,
    nTest: test ? test.x.length : nTest,
    xTrain: trainSet.x,
    yTrain: trainSet.y,
    xTest: testSet.x,
    yTest: testSet.y,
  };
}

/** In place: (x − mean) / std per column, with the training rows' mean and population std (a constant column is only centred). */
function standardizeColumns(train: Float64Array, test: Float64Array, d: number): void {
  const m = train.length / d;
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < m; i++) mean += train[i * d + j];
    mean /= m;
    let v = 0;
    for (let i = 0; i < m; i++) v += (train[i * d + j] - mean) ** 2;
    const std = Math.sqrt(v / m);
    const scale = std > 0 ? std : 1;
    for (const x of [train, test]) for (let i = j; i < x.length; i += d) x[i] = (x[i] - mean) / scale;
  }
}
