// Drawing balanced, shuffled train and test sets point by point: what every generator has in common.
import type { Rng } from '../rng/types';
import type { Dataset } from '../types';
import { DataError } from './errors';

/** Draws one clean 2-D point of the given class. */
export type PointSampler = (label: 0 | 1, rng: Rng) => readonly [number, number];

/**
 * Train then test set from one stream: each has ⌊n/2⌋ points of class 0 and the rest of class 1, each point drawn
 * by sample() then moved by noise · N(0, 1) per coordinate, and the set is shuffled (Fisher–Yates) at the end.
 */
export function generateSplit(
  name: string,
  opts: { nTrain: number; nTest: number; noise: number; rng: Rng },
  sample: PointSampler,
): Dataset<Float64Array> {
  const { nTrain, nTest, noise, rng } = opts;
  if (!Number.isInteger(nTrain) || nTrain < 2) throw new DataError('bad_value', `nTrain must be an integer ≥ 2 (both classes), got ${nTrain}`);
  if (!Number.isInteger(nTest) || nTest < 0) throw new DataError('bad_value', `nTest must be an integer ≥ 0, got ${nTest}`);
  if (!(noise >= 0) || !Number.isFinite(noise)) throw new DataError('bad_value', `noise must be a finite number ≥ 0, got ${noise}`);
  const train = drawSet(nTrain, noise, rng, sample);
  const test = drawSet(nTest, noise, rng, sample);
  return {
    name,
    featureNames: ['x1', 'x2'],
    classes: ['0', '1'],
    nFeatures: 2,
    nTrain,
    nTest,
    xTrain: train.x,
    yTrain: train.y,
    xTest: test.x,
    yTest: test.y,
  };
}

function drawSet(n: number, noise: number, rng: Rng, sample: PointSampler): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(n * 2);
  const y = new Float64Array(n);
  const n0 = Math.floor(n / 2);
  for (let i = 0; i < n; i++) {
    const label = i < n0 ? 0 : 1;
    const [a, b] = sample(label, rng);
    x[2 * i] = a + noise * rng.normal();
    x[2 * i + 1] = b + noise * rng.normal();
    y[i] = label;
  }
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [x[2 * i], x[2 * j]] = [x[2 * j], x[2 * i]];
    [x[2 * i + 1], x[2 * j + 1]] = [x[2 * j + 1], x[2 * i + 1]];
    [y[i], y[j]] = [y[j], y[i]];
  }
  return { x, y };
}
