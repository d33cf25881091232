// Deeper networks against a plain numpy implementation (scripts/reference/deep_nets.py), numpy stream.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { RunConfigSchema } from '../../../shared/contract/config';
import { trainRun } from '../../../shared/engine/train';
import type { RunResult } from '../../../shared/engine/types';

interface Case {
  name: string;
  dims: number[];
  activation: 'tanh' | 'leaky_relu';
  slope: number | null;
  init: { name: string; params: Record<string, number> };
  seed: number;
  optimizer: { name: 'gd' | 'sgd' | 'adam'; lr: number; batchSize: number | null };
  loss: 'course' | 'stable';
  iterations: number;
  initial_params: { W: number[][][]; b: number[][] };
  costs: { iteration: number; cost: number }[];
  train_accuracy: number;
}

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/deep-nets.json', import.meta.url), 'utf8')) as { cost_every: number; cases: Case[] };

function runCase(c: Case) {
  return trainRun(
    RunConfigSchema.parse({
      data: { kind: 'course-circles' },
      network: { dims: c.dims, activation: c.activation, activationParams: c.slope === null ? {} : { slope: c.slope } },
      init: c.init,
      initSeed: c.seed,
      rng: 'numpy',
      optimizer: c.optimizer,
      loss: c.loss,
      iterations: c.iterations,
      record: { costEvery: fixture.cost_every, checkpointEvery: c.iterations, boundaryGrid: 0, layerStats: false, histogramBins: 0 },
    }),
  );
}

describe.each(fixture.cases.map((c) => [c.name, c] as const))('%s against numpy', (_name, c) => {
  let r: RunResult;
  beforeAll(() => {
    r = runCase(c);
  });

  it('draws the same initial weights as numpy', () => {
    r.initialParams.W.forEach((w, l) => expect([...w]).toEqual(c.initial_params.W[l].flat()));
  });

  it('matches every reported cost within 1e-9 relative', () => {
    expect(r.costs.map((p) => p.iteration)).toEqual(c.costs.map((p) => p.iteration));
    c.costs.forEach((p, k) => expect(Math.abs(r.costs[k].cost / p.cost - 1)).toBeLessThan(1e-9));
  });

  it('ends with the same training accuracy', () => {
    expect(r.trainAccuracy).toBe(c.train_accuracy);
  });
});
