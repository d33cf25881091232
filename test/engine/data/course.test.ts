import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { courseDataset } from '../../../shared/engine/data/course';

const golden = JSON.parse(readFileSync(new URL('../../fixtures/course-golden.json', import.meta.url), 'utf8'));

describe('courseDataset', () => {
  it('lays the course points out sample-major, bit for bit', () => {
    const ds = courseDataset();
    expect([ds.name, ds.nFeatures, ds.nTrain, ds.nTest]).toEqual(['course-circles', 2, 300, 100]);
    expect(Array.from(ds.xTrain.filter((_, i) => i % 2 === 0))).toEqual(golden.train_X[0]);
    expect(Array.from(ds.xTrain.filter((_, i) => i % 2 === 1))).toEqual(golden.train_X[1]);
    expect(Array.from(ds.xTest.filter((_, i) => i % 2 === 0))).toEqual(golden.test_X[0]);
    expect(Array.from(ds.xTest.filter((_, i) => i % 2 === 1))).toEqual(golden.test_X[1]);
    expect(Array.from(ds.yTrain)).toEqual(golden.train_Y[0]);
    expect(Array.from(ds.yTest)).toEqual(golden.test_Y[0]);
  });

  it('gives a fresh copy each time, so a caller cannot alter the shipped points', () => {
    const a = courseDataset();
    a.xTrain[0] = 99;
    expect(courseDataset().xTrain[0]).toBe(golden.train_X[0][0]);
  });
});
