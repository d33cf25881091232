// The points a boundary plot draws, rebuilt from a run's data config (deterministic: same config, same points).
import type { DataConfig } from '../../../../shared/contract/config';
import { featureAt, featureCount, loadDataset } from '../../../../shared/engine/data';
import type { RngKind } from '../../../../shared/engine/rng/types';
import type { Dataset, Features } from '../../../../shared/engine/types';
import type { LabelledPoint } from './boundaryDraw';

/** Train and test points of a two-feature data set. */
export interface DatasetPoints {
  name: string;
  /** The classes' names in label order. */
  classes: string[];
  train: LabelledPoint[];
  test: LabelledPoint[];
}

const cache = new Map<string, DatasetPoints | null>();
const moments = new Map<string, number | null>();

function points(x: Features, y: Float64Array, n: number): LabelledPoint[] {
  const out: LabelledPoint[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = { x: featureAt(x, 2 * i), y: featureAt(x, 2 * i + 1), label: y[i] };
  return out;
}

/** The points of a data set with two features; null for other data sets or a config that cannot be loaded. */
export function pointsOf(ds: Dataset): DatasetPoints | null {
  if (ds.nFeatures !== 2) return null;
  return { name: ds.name, classes: [...ds.classes], train: points(ds.xTrain, ds.yTrain, ds.nTrain), test: points(ds.xTest, ds.yTest, ds.nTest) };
}

/** The (cached) points a data config describes. */
export function datasetPoints(data: DataConfig, rng: RngKind): DatasetPoints | null {
  const key = `${rng}:${JSON.stringify(data)}`;
  if (cache.has(key)) return cache.get(key) ?? null;
  let value: DatasetPoints | null = null;
  try {
    value = pointsOf(loadDataset(data, rng));
  } catch {
    value = null;
  }
  if (cache.size > 50) cache.clear();
  cache.set(key, value);
  return value;
}

/** Mean of x² over the training inputs of a data config (the input's second moment for predictions), or null. */
export function inputSecondMoment(data: DataConfig, rng: RngKind): number | null {
  const key = `${rng}:${JSON.stringify(data)}`;
  if (moments.has(key)) return moments.get(key) ?? null;
  let value: number | null = null;
  try {
    const ds = loadDataset(data, rng);
    let s = 0;
    const n = featureCount(ds.xTrain);
    for (let i = 0; i < n; i++) {
      const v = featureAt(ds.xTrain, i);
      s += v * v;
    }
    value = n ? s / n : null;
  } catch {
    value = null;
  }
  if (moments.size > 50) moments.clear();
  moments.set(key, value);
  return value;
}
