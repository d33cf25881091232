import { describe, expect, it } from 'vitest';
import { csvDataConfig, loadDataset, parseCsv } from '../../../shared/engine/data/load';
import { courseDataset } from '../../../shared/engine/data/course';
import { DataError } from '../../../shared/engine/data/errors';

const csvText = ['a,b,label', ...Array.from({ length: 10 }, (_, i) => `${i},${2 * i},${i % 2}`)].join('\n');

describe('loadDataset', () => {
  it('gives the course points for course-circles', () => {
    expect(loadDataset({ kind: 'course-circles' })).toEqual(courseDataset());
  });

  it('generates from the data seed: same config same points, another seed other points', () => {
    const config = { kind: 'moons', nTrain: 40, nTest: 10, noise: 0.1, seed: 7 } as const;
    expect(loadDataset(config)).toEqual(loadDataset(config));
    expect(loadDataset(config).xTrain).not.toEqual(loadDataset({ ...config, seed: 8 }).xTrain);
  });

  it('draws from the stream kind it is given', () => {
    const config = { kind: 'circles', nTrain: 40, nTest: 10, noise: 0.1, seed: 7 } as const;
    expect(loadDataset(config, 'numpy').xTrain).not.toEqual(loadDataset(config, 'seedrandom').xTrain);
    expect(loadDataset(config, 'numpy')).toEqual(loadDataset(config, 'numpy'));
  });

  it('passes generator settings through, checked', () => {
    const base = { kind: 'circles', nTrain: 10, nTest: 0, noise: 0, seed: 1 } as const;
    const ds = loadDataset({ ...base, params: { factor: 0.3 } });
    const inner = Array.from(ds.yTrain).flatMap((y, i) => (y === 1 ? [Math.hypot(ds.xTrain[2 * i], ds.xTrain[2 * i + 1])] : []));
    for (const r of inner) expect(Math.abs(r - 0.3)).toBeLessThan(1e-15);
    expect(() => loadDataset({ ...base, params: { radius: 1 } })).toThrow(DataError);
  });

  it('splits inline CSV rows with the split seed', () => {
    const config = csvDataConfig(csvText, { testFraction: 0.3, seed: 4, standardize: false, source: 'points.csv' });
    const ds = loadDataset(config);
    expect([ds.name, ds.nTrain, ds.nTest, ds.featureNames]).toEqual(['points.csv', 7, 3, ['a', 'b']]);
    expect(loadDataset({ ...config, splitSeed: 5 }).xTest).not.toEqual(ds.xTest);
  });
});

describe('csvDataConfig', () => {
  it('takes a test file of its own: training rows in file order, classes the sorted labels of both files', () => {
    const data = csvDataConfig('a,y,b\n1,dog,2\n3,cat,4\n5,dog,6\n', { label: 'y', standardize: false, testText: 'a,y,b\n7,emu,8\n9,cat,10\n' });
    expect(data.classes).toEqual(['cat', 'dog', 'emu']);
    const ds = loadDataset(data);
    expect(Array.from(ds.xTrain)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Array.from(ds.yTrain)).toEqual([1, 0, 1]);
    expect(Array.from(ds.xTest)).toEqual([7, 8, 9, 10]);
    expect(Array.from(ds.yTest)).toEqual([2, 0]);
    expect(ds.classes).toEqual(['cat', 'dog', 'emu']);
  });

  it('refuses a test file whose feature columns differ, naming it', () => {
    expect(() => csvDataConfig('a,b,y\n1,2,0\n3,4,1\n', { testText: 'a,c,y\n1,2,0\n', testSource: 't.csv' })).toThrow(
      't.csv: feature columns a, c differ from the training file\'s a, b',
    );
  });

  it('refuses mnist without a files provider, in one line', () => {
    expect(() => loadDataset({ kind: 'mnist' })).toThrow('the mnist data set is read from files, which only the training worker can do here');
  });

  it('carries the rows inline with the run defaults: 20% test, seed 1, standardised', () => {
    expect(csvDataConfig('a,label\n1,0\n2,1\n')).toEqual({
      kind: 'csv',
      source: '',
      featureNames: ['a'],
      x: [[1], [2]],
      y: [0, 1],
      classes: ['0', '1'],
      testFraction: 0.2,
      splitSeed: 1,
      standardize: true,
    });
  });
});

describe('parseCsv', () => {
  it('goes from text to a standardised, split Dataset', () => {
    const ds = parseCsv(csvText, { testFraction: 0.2 });
    expect([ds.nTrain, ds.nTest, ds.nFeatures]).toEqual([8, 2, 2]);
    const col = ds.xTrain.filter((_, i) => i % 2 === 0);
    expect(Math.abs(col.reduce((s, v) => s + v, 0))).toBeLessThan(1e-12);
  });

  it('throws the file\'s DataError', () => {
    expect(() => parseCsv('')).toThrow(DataError);
  });
});
