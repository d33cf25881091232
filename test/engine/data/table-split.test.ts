import { describe, expect, it } from 'vitest';
import { splitTable } from '../../../shared/engine/data/table-split';
import { testRng } from '../init/helpers';

const table = {
  featureNames: ['a', 'b'],
  x: Array.from({ length: 20 }, (_, i) => [i, 100 + 3 * i]),
  y: Array.from({ length: 20 }, (_, i) => i % 2),
};

describe('splitTable', () => {
  it('holds out round(n · testFraction) rows and keeps every row once', () => {
    const ds = splitTable('t', table, { testFraction: 0.25, standardize: false }, testRng(1));
    expect([ds.nTrain, ds.nTest, ds.nFeatures]).toEqual([15, 5, 2]);
    const firsts = [...ds.xTrain.filter((_, i) => i % 2 === 0), ...ds.xTest.filter((_, i) => i % 2 === 0)];
    expect(firsts.sort((p, q) => p - q)).toEqual(table.x.map((r) => r[0]));
  });

  it('keeps each row with its own label', () => {
    const ds = splitTable('t', table, { testFraction: 0.25, standardize: false }, testRng(1));
    for (let i = 0; i < ds.nTrain; i++) expect(ds.yTrain[i]).toBe(ds.xTrain[2 * i] % 2);
    for (let i = 0; i < ds.nTest; i++) expect(ds.yTest[i]).toBe(ds.xTest[2 * i] % 2);
  });

  it('shuffles with the stream: same seed same split, another seed another split', () => {
    const split = (seed: number) => splitTable('t', table, { testFraction: 0.25, standardize: false }, testRng(seed));
    expect(split(3)).toEqual(split(3));
    expect(split(3).xTest).not.toEqual(split(4).xTest);
  });

  it('standardises each feature to mean 0 and std 1 on the training rows (within 1e-12)', () => {
    const ds = splitTable('t', table, { testFraction: 0.25, standardize: true }, testRng(1));
    for (let j = 0; j < 2; j++) {
      const col = ds.xTrain.filter((_, i) => i % 2 === j);
      const mean = col.reduce((s, v) => s + v, 0) / col.length;
      const std = Math.sqrt(col.reduce((s, v) => s + (v - mean) ** 2, 0) / col.length);
      expect(Math.abs(mean)).toBeLessThan(1e-12);
      expect(Math.abs(std - 1)).toBeLessThan(1e-12);
    }
  });

  it('applies the training statistics to the test rows', () => {
    const raw = splitTable('t', table, { testFraction: 0.25, standardize: false }, testRng(1));
    const std = splitTable('t', table, { testFraction: 0.25, standardize: true }, testRng(1));
    const col = raw.xTrain.filter((_, i) => i % 2 === 0);
    const mean = col.reduce((s, v) => s + v, 0) / col.length;
    const sd = Math.sqrt(col.reduce((s, v) => s + (v - mean) ** 2, 0) / col.length);
    expect(std.xTest[0]).toBeCloseTo((raw.xTest[0] - mean) / sd, 12);
  });

  it('only centres a constant feature', () => {
    const flat = { featureNames: ['c'], x: [[5], [5], [5], [5]], y: [0, 1, 0, 1] };
    expect(Array.from(splitTable('t', flat, { testFraction: 0, standardize: true }, testRng(1)).xTrain)).toEqual([0, 0, 0, 0]);
  });

  it('refuses a test fraction outside [0, 1) and too few training rows', () => {
    expect(() => splitTable('t', table, { testFraction: 1, standardize: false }, testRng(1))).toThrow('testFraction must be in [0, 1), got 1');
    const tiny = { featureNames: ['a'], x: [[1], [2]], y: [0, 1] };
    expect(() => splitTable('t', tiny, { testFraction: 0.5, standardize: false }, testRng(1))).toThrow('2 rows leave 1 for training; need at least 2');
  });
});
