// Softmax networks against a plain numpy implementation (scripts/reference/softmax_nets.py), numpy stream,
// on both training paths: costs within 1e-9 relative (each case is checked to be non-chaotic at 1e-11), accuracies exactly.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { RunConfigSchema } from '../../../shared/contract/config';
import { csvDataConfig } from '../../../shared/engine/data';
import { trainRun, type TrainPath } from '../../../shared/engine/train';

interface Case {
  name: string;
  dims: number[];
  activation: 'tanh' | 'relu';
  init: string;
  seed: number;
  optimizer: { name: 'gd' | 'sgd'; lr: number; batchSize: number | null };
  iterations: number;
  logEvery: number;
  costs: { iteration: number; cost: number }[];
  train_accuracy: number;
  test_accuracy: number;
}

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/softmax-nets.json', import.meta.url), 'utf8')) as {
  classes: string[];
  train_csv: string;
  test_csv: string;
  cases: Case[];
};

const data = csvDataConfig(fixture.train_csv, { label: 'y', standardize: false, testText: fixture.test_csv });

function runCase(c: Case, path: TrainPath) {
  const config = RunConfigSchema.parse({
    data,
    network: { dims: c.dims, activation: c.activation },
    init: { name: c.init },
    initSeed: c.seed,
    rng: 'numpy',
    optimizer: c.optimizer,
    iterations: c.iterations,
    record: { costEvery: c.logEvery, checkpointEvery: c.iterations, boundaryGrid: 0, layerStats: false, histogramBins: 0 },
  });
  return trainRun(config, {}, { path });
}

describe('softmax networks against numpy', () => {
  it('reads the fixture\'s string labels as the sorted classes numpy uses', () => {
    expect(data.classes).toEqual(fixture.classes);
  });

  for (const c of fixture.cases) {
    for (const path of ['reference', 'fast'] as const) {
      it(`${c.name} on the ${path} path: every cost within 1e-9 relative, accuracies exactly`, () => {
        const r = runCase(c, path);
        expect(r.outcome).toBe('done');
        expect(r.costs.map((p) => p.iteration)).toEqual(c.costs.map((p) => p.iteration));
        for (let i = 0; i < c.costs.length; i++) expect(Math.abs(r.costs[i].cost / c.costs[i].cost - 1)).toBeLessThan(1e-9);
        expect(r.trainAccuracy).toBe(c.train_accuracy);
        expect(r.testAccuracy).toBe(c.test_accuracy);
      });
    }
  }
});
