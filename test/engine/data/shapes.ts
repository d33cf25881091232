// Noise-free samples of a generator, one row per point: the shape checks read them.
import { DATASETS, type GeneratedDatasetName } from '../../../shared/engine/data/registry';
import type { DataParams } from '../../../shared/engine/data/types';
import { testRng } from '../init/helpers';

/** The generator's training points with zero noise, as [x1, x2, label]. */
export function cleanPoints(name: GeneratedDatasetName, params: DataParams = {}, n = 400): [number, number, number][] {
  const ds = DATASETS[name].generate!({ nTrain: n, nTest: 0, noise: 0, rng: testRng(3), params });
  return Array.from(ds.yTrain, (label, i) => [ds.xTrain[2 * i], ds.xTrain[2 * i + 1], label]);
}
