import { describe, expect, it } from 'vitest';
import { layerStats } from '../../../shared/engine/record/layer-stats';
import { backward, createNetwork, createWorkspace, forward } from '../../../shared/engine/nn/network';
import type { Params } from '../../../shared/engine/types';

// X (2 features × 4 samples) and one hidden layer of 2 units.
const X = Float64Array.from([1, -1, 2, 0.5, 0, 1, -1, 2]);
const Y = Float64Array.from([1, 0, 1, 0]);
const params: Params = {
  dims: [2, 2, 1],
  W: [Float64Array.from([1, 0, -1, 0]), Float64Array.from([1, 1])],
  b: [Float64Array.from([0, 0]), Float64Array.from([0])],
};

function stats(act: 'relu' | 'tanh') {
  const net = createNetwork([2, 2, 1], act);
  const ws = createWorkspace(net.dims, 4);
  forward(net, params, X, 4, ws);
  backward(net, params, X, Y, 4, ws);
  return layerStats(net, params, ws, 4);
}

describe('layer statistics', () => {
  it('count dead ReLU units per (unit, sample): z ≤ 0', () => {
    // Unit 1 sees x1 = [1, −1, 2, 0.5] and unit 2 sees −x1: 1 + 3 of 8 pairs are ≤ 0.
    expect(stats('relu')[0].deadFraction).toBe(4 / 8);
  });

  it('report the mean and population std of W, Z and A', () => {
    const s = stats('relu')[0];
    expect(s.wMean).toBe(0);
    expect(s.wStd).toBeCloseTo(Math.sqrt(0.5), 15);
    expect(s.zMean).toBe(0);
    expect(s.aMean).toBeCloseTo((1 + 2 + 0.5 + 1) / 8, 15);
  });

  it('count saturated tanh units within 1% of the range from a bound', () => {
    // tanh(2) = 0.964 is not saturated; nothing here reaches |a| ≥ 0.98.
    expect(stats('tanh')[0].saturatedFraction).toBe(0);
    expect(stats('tanh')[0].deadFraction).toBe(0);
  });

  it('number layers from 1 and give the output layer its own sigmoid statistics', () => {
    const s = stats('relu');
    expect(s.map((l) => l.layer)).toEqual([1, 2]);
    expect(s[1].deadFraction).toBe(0);
    expect(s[1].symmetry).toBe(1);
  });

  it('report the std of the back-propagated dA of a hidden layer as the reference backward pass holds it', () => {
    const net = createNetwork([2, 2, 1], 'tanh');
    const ws = createWorkspace(net.dims, 4);
    forward(net, params, X, 4, ws);
    backward(net, params, X, Y, 4, ws);
    const da = ws.dA[0];
    const mean = da.reduce((t, v) => t + v, 0) / 8;
    const std = Math.sqrt(da.reduce((t, v) => t + (v - mean) ** 2, 0) / 8);
    expect(layerStats(net, params, ws, 4)[0].daStd).toBe(std);
  });

  it('give the output layer its dZ std as dA std, where back-propagation starts', () => {
    const s = stats('tanh');
    expect(s[1].daStd).toBe(s[1].dzStd);
  });
});
