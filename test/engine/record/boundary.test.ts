import { describe, expect, it } from 'vitest';
import { createBoundaryEvaluator, gridRange } from '../../../shared/engine/record/boundary';
import { createNetwork, predictProba } from '../../../shared/engine/nn/network';
import { courseDataset } from '../../../shared/engine/data';
import type { Dataset, Params } from '../../../shared/engine/types';

const params: Params = {
  dims: [2, 3, 1],
  W: [Float64Array.from([1, -2, 0.5, 0.3, -1, 1]), Float64Array.from([1, -1, 2])],
  b: [Float64Array.from([0.1, 0, -0.2]), Float64Array.from([0.05])],
};

describe('boundary grid', () => {
  it('covers every data point with a margin', () => {
    const data = courseDataset();
    const r = gridRange(data);
    for (let j = 0; j < data.nTrain; j++) {
      expect(data.xTrain[2 * j]).toBeGreaterThan(r.xMin);
      expect(data.xTrain[2 * j]).toBeLessThan(r.xMax);
      expect(data.xTrain[2 * j + 1]).toBeGreaterThan(r.yMin);
      expect(data.xTrain[2 * j + 1]).toBeLessThan(r.yMax);
    }
  });

  it('holds at row r, column c the network’s probability at (x_c, y_r), in chunks or not', () => {
    const data = courseDataset();
    const net = createNetwork([2, 3, 1], 'relu');
    const grid = createBoundaryEvaluator(net, data, 40)!(params);
    const points: number[] = [];
    for (let r = 0; r < 40; r++) {
      for (let c = 0; c < 40; c++) {
        points.push(grid.xMin + (c * (grid.xMax - grid.xMin)) / 39, grid.yMin + (r * (grid.yMax - grid.yMin)) / 39);
      }
    }
    expect([...grid.probs]).toEqual([...predictProba(net, params, Float64Array.from(points), 1600)]);
  });

  it('is not drawn for data without exactly two features', () => {
    const data: Dataset = { ...courseDataset(), nFeatures: 3 };
    expect(createBoundaryEvaluator(createNetwork([3, 1], 'relu'), data, 10)).toBeNull();
  });
});
