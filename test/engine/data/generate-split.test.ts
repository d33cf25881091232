import { describe, expect, it } from 'vitest';
import { DATASETS, GENERATED_DATASET_NAMES } from '../../../shared/engine/data/registry';
import { generateSplit } from '../../../shared/engine/data/generate-split';
import type { Dataset } from '../../../shared/engine/types';
import { testRng } from '../init/helpers';

const make = (name: (typeof GENERATED_DATASET_NAMES)[number], seed: number, nTrain = 301, nTest = 100): Dataset<Float64Array> =>
  DATASETS[name].generate!({ nTrain, nTest, noise: 0.1, rng: testRng(seed), params: {} });

const count = (y: Float64Array, v: number) => y.filter((l) => l === v).length;

describe.each(GENERATED_DATASET_NAMES)('%s', (name) => {
  it('has the requested train and test sizes, two features each', () => {
    const ds = make(name, 1);
    expect([ds.nTrain, ds.nTest, ds.nFeatures]).toEqual([301, 100, 2]);
    expect([ds.xTrain.length, ds.yTrain.length, ds.xTest.length, ds.yTest.length]).toEqual([602, 301, 200, 100]);
    expect(ds.name).toBe(name);
  });

  it('balances the classes in both sets (⌊n/2⌋ of class 0)', () => {
    const ds = make(name, 1);
    expect([count(ds.yTrain, 0), count(ds.yTrain, 1)]).toEqual([150, 151]);
    expect([count(ds.yTest, 0), count(ds.yTest, 1)]).toEqual([50, 50]);
  });

  it('shuffles the classes rather than listing them in blocks', () => {
    const ds = make(name, 1);
    expect(Array.from(ds.yTrain.slice(0, 150)).every((v) => v === 0)).toBe(false);
  });

  it('gives the same points for the same seed', () => {
    expect(make(name, 5)).toEqual(make(name, 5));
  });

  it('gives different points for different seeds', () => {
    expect(make(name, 5).xTrain).not.toEqual(make(name, 6).xTrain);
  });
});

describe('generateSplit', () => {
  const point = () => [0, 0] as const;

  it('adds noise · N(0, 1) to each coordinate', () => {
    const ds = generateSplit('t', { nTrain: 20000, nTest: 0, noise: 0.3, rng: testRng(2) }, point);
    const mean = ds.xTrain.reduce((s, v) => s + v, 0) / ds.xTrain.length;
    const std = Math.sqrt(ds.xTrain.reduce((s, v) => s + (v - mean) ** 2, 0) / ds.xTrain.length);
    // 40000 draws: 5 standard errors of the std are 5 · 0.3/√80000.
    expect(Math.abs(std - 0.3)).toBeLessThan((5 * 0.3) / Math.sqrt(80000));
  });

  it('allows an empty test set', () => {
    expect(generateSplit('t', { nTrain: 4, nTest: 0, noise: 0, rng: testRng(2) }, point).nTest).toBe(0);
  });

  it('refuses fewer than two training points, a negative or fractional size and negative noise', () => {
    const bad = (nTrain: number, nTest: number, noise: number) => () => generateSplit('t', { nTrain, nTest, noise, rng: testRng(1) }, point);
    expect(bad(1, 10, 0)).toThrow('nTrain must be an integer ≥ 2 (both classes), got 1');
    expect(bad(10, -1, 0)).toThrow('nTest must be an integer ≥ 0, got -1');
    expect(bad(10.5, 10, 0)).toThrow('nTrain must be an integer');
    expect(bad(10, 10, -0.1)).toThrow('noise must be a finite number ≥ 0, got -0.1');
  });
});
