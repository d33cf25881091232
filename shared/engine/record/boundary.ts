// The decision boundary as a grid of output probabilities over the data's range, for 2-feature data.
import { createWorkspace, forward, type Network } from '../nn/network';
import { featureAt } from '../data/features';
import type { BoundaryGrid, Dataset, Features, Params } from '../types';

/** Share of each axis's data range added on both sides, so points on the edge are not on the border. */
const PAD = 0.1;
/** Grid points evaluated per forward pass, to keep the workspace small. */
const CHUNK = 1024;

/** The padded range of both features over the training and test points. */
export function gridRange(data: Dataset): { xMin: number; xMax: number; yMin: number; yMax: number } {
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  const scan = (x: Features, m: number) => {
    for (let j = 0; j < m; j++) {
      const a = featureAt(x, j * data.nFeatures);
      const b = featureAt(x, j * data.nFeatures + 1);
      if (a < xMin) xMin = a;
      if (a > xMax) xMax = a;
      if (b < yMin) yMin = b;
      if (b > yMax) yMax = b;
    }
  };
  scan(data.xTrain, data.nTrain);
  scan(data.xTest, data.nTest);
  const px = (xMax - xMin || 1) * PAD;
  const py = (yMax - yMin || 1) * PAD;
  return { xMin: xMin - px, xMax: xMax + px, yMin: yMin - py, yMax: yMax + py };
}

/** The size × size grid points over the data's padded range, feature-major (2 × size²); null unless the data has exactly 2 features. */
export function boundaryPoints(data: Dataset, size: number): { range: ReturnType<typeof gridRange>; xs: Float64Array } | null {
  if (size < 2 || data.nFeatures !== 2) return null;
  const range = gridRange(data);
  const total = size * size;
  const xs = new Float64Array(2 * total);
  // Feature-major (2 × total): row r, column c is the point (x_c, y_r).
  for (let r = 0; r < size; r++) {
    const y = range.yMin + (r * (range.yMax - range.yMin)) / (size - 1);
    for (let c = 0; c < size; c++) {
      xs[r * size + c] = range.xMin + (c * (range.xMax - range.xMin)) / (size - 1);
      xs[total + r * size + c] = y;
    }
  }
  return { range, xs };
}

/** A reusable evaluator of size × size grids over a fixed range; null unless the data has exactly 2 features and the net one output unit. */
export function createBoundaryEvaluator(net: Network, data: Dataset, size: number): ((params: Params) => BoundaryGrid) | null {
  // The grid holds one probability per point: that of one sigmoid unit; softmax outputs have none to show.
  if (net.dims[net.dims.length - 1] !== 1) return null;
  const points = boundaryPoints(data, size);
  if (!points) return null;
  const { range, xs } = points;
  const total = size * size;
  const ws = createWorkspace(net.dims, CHUNK);
  const chunk = new Float64Array(2 * CHUNK);
  return (params) => {
    const probs = new Float64Array(total);
    for (let start = 0; start < total; start += CHUNK) {
      const m = Math.min(CHUNK, total - start);
      for (let j = 0; j < m; j++) {
        chunk[j] = xs[start + j];
        chunk[m + j] = xs[total + start + j];
      }
      probs.set(forward(net, params, chunk, m, ws).subarray(0, m), start);
    }
    return { size, ...range, probs };
  };
}
