// Shared test helpers: seeded streams, large-matrix sampling and moments.
import { expect } from 'vitest';
import { createRng } from '../../../shared/engine/rng';
import type { Rng } from '../../../shared/engine/rng/types';
import { INITIALIZERS, type InitializerName } from '../../../shared/engine/init/registry';
import type { InitParams } from '../../../shared/engine/init/types';

/** The engine's default (seedrandom) stream, seeded. */
export function testRng(seed = 1): Rng {
  return createRng('seedrandom', seed);
}

/** A stream that fails the test if anything draws from it. */
export function forbiddenRng(): Rng {
  const fail = (): never => {
    throw new Error('a non-random initializer drew from the stream');
  };
  return { kind: 'seedrandom', seed: 0, uniform: fail, normal: fail, int: fail, getState: fail, setState: fail };
}

/** One rows × cols layer drawn by the named initializer (fan_in = cols, fan_out = rows). */
export function sampleLayer(name: InitializerName, rows: number, cols: number, params: InitParams = {}, seed = 1): Float64Array {
  return INITIALIZERS[name].sample({ rows, cols, fanIn: cols, fanOut: rows, rng: testRng(seed), params, activation: 'relu', layer: 1 });
}

/** Mean and population standard deviation. */
export function moments(x: ArrayLike<number>): { mean: number; std: number; min: number; max: number } {
  let mean = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < x.length; i++) {
    mean += x[i];
    min = Math.min(min, x[i]);
    max = Math.max(max, x[i]);
  }
  mean /= x.length;
  let v = 0;
  for (let i = 0; i < x.length; i++) v += (x[i] - mean) ** 2;
  return { mean, std: Math.sqrt(v / x.length), min, max };
}

/**
 * Checks a large sample against a formula's mean and std within 5 standard errors:
 * |mean − μ| < 5σ/√n and |std − σ| < 5σ/√(2n) (the std's standard error for a normal sample; smaller for a uniform one).
 */
export function expectMoments(x: Float64Array, mu: number, sigma: number): void {
  const n = x.length;
  const { mean, std } = moments(x);
  const meanTol = (5 * sigma) / Math.sqrt(n);
  const stdTol = (5 * sigma) / Math.sqrt(2 * n);
  expect(Math.abs(mean - mu), `mean ${mean} vs ${mu}`).toBeLessThan(meanTol);
  expect(Math.abs(std - sigma), `std ${std} vs ${sigma}`).toBeLessThan(stdTol);
}
