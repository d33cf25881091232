import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, type ActivationName } from '../../shared/engine/nn/activations';
import { createRng } from '../../shared/engine/rng';
import { backwardFactor, derivativeSecondMoment, predictBackwardVariance } from '../../shared/stats/backward-theory';
import { predictZVariance } from '../../shared/stats/theory';

/**
 * A direct computation: a wide random net (weights N(0, v_l)), m random inputs forward, a random output
 * gradient backward, and the measured mean square of dA per hidden layer.
 */
function simulate(dims: number[], activation: ActivationName, variances: number[], m: number, seed: number): { da: number[]; dzOut: number } {
  const rng = createRng('seedrandom', seed);
  const act = ACTIVATIONS[activation];
  const p = act.defaults;
  const L = dims.length - 1;
  const W = variances.map((v, l) => Float64Array.from({ length: dims[l + 1] * dims[l] }, () => rng.normal() * Math.sqrt(v)));
  const Z: Float64Array[] = [];
  let a = Float64Array.from({ length: dims[0] * m }, () => rng.normal());
  for (let l = 0; l < L; l++) {
    const z = new Float64Array(dims[l + 1] * m);
    for (let i = 0; i < dims[l + 1]; i++) for (let k = 0; k < dims[l]; k++) {
      const w = W[l][i * dims[l] + k];
      for (let j = 0; j < m; j++) z[i * m + j] += w * a[k * m + j];
    }
    Z.push(z);
    a = z.map((v) => act.f(v, p));
  }
  let dz = Float64Array.from({ length: dims[L] * m }, () => rng.normal());
  const dzOut = dz.reduce((s, v) => s + v * v, 0) / dz.length;
  const da: number[] = [];
  for (let l = L - 1; l >= 1; l--) {
    const n = dims[l];
    const d = new Float64Array(n * m);
    for (let i = 0; i < dims[l + 1]; i++) for (let k = 0; k < n; k++) {
      const w = W[l][i * n + k];
      for (let j = 0; j < m; j++) d[k * m + j] += w * dz[i * m + j];
    }
    da[l - 1] = d.reduce((s, v) => s + v * v, 0) / d.length;
    const z = Z[l - 1];
    dz = d.map((v, e) => v * act.df(z[e], act.f(z[e], p), p));
  }
  return { da, dzOut };
}

describe('predictBackwardVariance', () => {
  for (const [activation, gain2] of [['tanh', 1], ['relu', 2], ['linear', 1]] as const) {
    it(`matches a direct simulation of a width-200, 6-layer ${activation} net within 20% at every hidden layer`, () => {
      const dims = [200, 200, 200, 200, 200, 200, 200];
      const v = dims.slice(1).map(() => gain2 / 200);
      const sim = simulate(dims, activation, v, 40, 11);
      const zv = predictZVariance(dims, activation, v, 1);
      const pred = predictBackwardVariance(dims, activation, v, zv, sim.dzOut);
      pred.forEach((x, l) => expect(Math.abs(x / sim.da[l] - 1), `layer ${l + 1}`).toBeLessThan(0.2));
    });
  }

  it('shrinks by exactly (n Var(W))^{L−1−l} for a linear net: 0.25 per layer at n Var(W) = 0.25', () => {
    const dims = [4, 10, 10, 10, 1];
    const pred = predictBackwardVariance(dims, 'linear', [0.025, 0.025, 0.025, 1], [1, 1, 1, 1], 1);
    // layer 3 gets n_4 · Var(W_4) = 1; then ×0.25 per layer towards the input
    expect(pred[2]).toBeCloseTo(1, 14);
    expect(pred[1]).toBeCloseTo(0.25, 14);
    expect(pred[0]).toBeCloseTo(0.0625, 14);
  });

  it('rejects weight or Z variances of the wrong length, naming both counts', () => {
    expect(() => predictBackwardVariance([2, 3, 1], 'relu', [1], [1, 1], 1)).toThrow(/2\), got 1 and 2/);
  });
});

describe('derivativeSecondMoment and backwardFactor', () => {
  it('gives P(Z > 0) for relu, with slope² on the rest for leaky_relu', () => {
    expect(derivativeSecondMoment('relu', 0, 4)).toBe(0.5);
    expect(derivativeSecondMoment('leaky_relu', 0, 4, { slope: 0.1 })).toBeCloseTo(0.505, 14);
  });

  it('gives E[tanh′(Z)²] within 3 Monte Carlo standard errors of 200,000 draws', () => {
    const rng = createRng('seedrandom', 5);
    let s = 0;
    let s2 = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const t = Math.tanh(rng.normal() * 1.5);
      const v = (1 - t * t) ** 2;
      s += v;
      s2 += v * v;
    }
    const mean = s / n;
    const se = Math.sqrt((s2 / n - mean * mean) / n);
    expect(Math.abs(derivativeSecondMoment('tanh', 0, 2.25) - mean)).toBeLessThan(3 * se);
  });

  it('is 1 per layer for He-initialized ReLU at zero bias: the gradient keeps its scale', () => {
    expect(backwardFactor(64, 2 / 64, 'relu', 0, 1.7)).toBeCloseTo(1, 14);
  });
});
