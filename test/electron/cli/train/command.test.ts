import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { spawnCli, ulpDistance, type CliOutcome } from '../spawn-cli';

const golden = JSON.parse(readFileSync(new URL('../../../fixtures/course-golden.json', import.meta.url), 'utf8'));
const goldenCosts = (init: string): (number | string)[] => golden.runs[init].costs_every_1000;

interface RunJson {
  init: string;
  costs: { iteration: number; cost: number | string }[];
  trainAccuracy: number;
  testAccuracy: number;
  trainSeconds: number;
  insights: { kind: string; severity: string; layer: number | null; iteration: number | null; measured: number; factorPerLayer: number | null }[];
}

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('init-lab train --preset course --json', () => {
  let out: CliOutcome;
  let runs: RunJson[];
  beforeAll(async () => {
    out = await spawnCli(['train', '--preset', 'course', '--init', 'zeros,random,he', '--json']);
    runs = JSON.parse(out.stdout).runs;
  });

  it('prints one JSON document on stdout and nothing on stderr', () => {
    expect(out.status).toBe(0);
    expect(out.stderr).toBe('');
    expect(() => JSON.parse(out.stdout)).not.toThrow();
    expect(runs.map((r) => r.init)).toEqual(['zeros', 'random', 'he']);
  });

  it("carries each run's insights: symmetry for zeros, saturated outputs and infinite loss for random ×10", () => {
    const kinds = (i: number) => runs[i].insights.map((x) => x.kind);
    expect(kinds(0)).toContain('symmetry');
    expect(kinds(1)).toEqual(expect.arrayContaining(['saturated_outputs', 'infinite_loss']));
    expect(runs[0].insights.find((x) => x.kind === 'symmetry')).toMatchObject({ severity: 'problem', layer: 1, iteration: 0 });
  });

  it('reports the cost at every 1000th iteration from 0 to 14000', () => {
    for (const r of runs) expect(r.costs.map((p) => p.iteration)).toEqual(Array.from({ length: 15 }, (_, i) => i * 1000));
  });

  it('matches the golden He costs within 1e-12 relative at every reported iteration', () => {
    const he = runs[2];
    goldenCosts('he').forEach((g, i) => expect(relative(he.costs[i].cost as number, g as number)).toBeLessThan(1e-12));
  });

  it('gives the zeros run ln 2 = 0.6931471805599453 within 2 ulps at every report, as the golden and published runs do', () => {
    // numpy itself prints 0.6931471805599455 (2 ulps up) at some reports: the golden run at 6000 and 12000, the notebooks at 10000.
    const zeros = runs[0];
    expect(zeros.costs[0].cost).toBe(0.6931471805599453);
    for (const p of zeros.costs) expect(ulpDistance(p.cost as number, 0.6931471805599453)).toBeLessThanOrEqual(2);
  });

  it('writes the random run\'s infinite first cost as "Infinity" and ends within 5e-4 of 0.38277', () => {
    const random = runs[1];
    expect(random.costs[0].cost).toBe('Infinity');
    expect(relative(random.costs[14].cost as number, 0.38277)).toBeLessThan(5e-4);
  });

  it('reproduces the published train and test accuracies exactly', () => {
    expect(runs.map((r) => [r.trainAccuracy, r.testAccuracy])).toEqual([
      [golden.runs.zeros.train_accuracy, golden.runs.zeros.test_accuracy],
      [golden.runs.random.train_accuracy, golden.runs.random.test_accuracy],
      [golden.runs.he.train_accuracy, golden.runs.he.test_accuracy],
    ]);
    expect(runs[2].trainAccuracy).toBe(0.9933333333333333);
  });

  it('reports the training seconds of each run', () => {
    for (const r of runs) expect(r.trainSeconds).toBeGreaterThan(0);
  });
});

describe('init-lab train --log-every 1', () => {
  it('matches the golden He cost within 1e-12 relative at each of the first 200 iterations', async () => {
    const out = await spawnCli(['train', '--preset', 'course', '--init', 'he', '--log-every', '1', '--json']);
    const costs = JSON.parse(out.stdout).runs[0].costs as { iteration: number; cost: number }[];
    expect(costs).toHaveLength(15000);
    const first = golden.runs.he.costs_first_200 as number[];
    first.forEach((g, i) => {
      expect(costs[i].iteration).toBe(i);
      expect(relative(costs[i].cost, g)).toBeLessThan(1e-12);
    });
  });
});

describe('init-lab train (text)', () => {
  let out: CliOutcome;
  beforeAll(async () => {
    out = await spawnCli(['train', '--preset', 'course', '--init', 'zeros,random,he']);
  });

  it('prints the course\'s cost lines for each run, as the course prints them', () => {
    expect(out.status).toBe(0);
    const lines = out.stdout.split('\n');
    const he = lines.indexOf('== he (init seed 3) ==');
    expect(he).toBeGreaterThan(0);
    expect(lines.slice(he + 1, he + 4)).toEqual(golden.runs.he.cost_lines.slice(0, 3));
    expect(lines).toContain('Cost after iteration 0: inf');
    expect(lines).toContain('Cost after iteration 0: 0.6931471805599453');
  });

  it('prints the accuracy lines of each run', () => {
    expect(out.stdout).toContain('On the train set:\nAccuracy: 0.9933333333333333\nOn the test set:\nAccuracy: 0.96\n');
    expect(out.stdout).toContain('On the train set:\nAccuracy: 0.83\nOn the test set:\nAccuracy: 0.86\n');
    expect(out.stdout).toContain('On the train set:\nAccuracy: 0.5\nOn the test set:\nAccuracy: 0.5\n');
  });

  it('ends with a summary table of the three runs', () => {
    const tail = out.stdout.trimEnd().split('\n').slice(-5);
    expect(tail[0]).toMatch(/^init\s+seed\s+final cost\s+train acc\s+test acc\s+seconds\s+status$/);
    expect(tail.slice(2).map((l) => l.split(/\s+/)[0])).toEqual(['zeros', 'random', 'he']);
    expect(tail[4]).toMatch(/^he\s+3\s+\S+\s+0\.9933333333333333\s+0\.96\s+[\d.]+\s+done$/);
  });
});

describe('init-lab train --seeds', () => {
  it('adds per-arm statistics and pairwise comparisons computed from the runs', async () => {
    const out = await spawnCli(['train', '--preset', 'course', '--init', 'he,xavier_normal', '--seeds', '1-4', '--iterations', '300', '--log-every', '100', '--json']);
    expect(out.status).toBe(0);
    const doc = JSON.parse(out.stdout);
    expect(doc.runs.map((r: RunJson & { initSeed: number }) => `${r.init}@${r.initSeed}`)).toEqual(['he@1', 'xavier_normal@1', 'he@2', 'xavier_normal@2', 'he@3', 'xavier_normal@3', 'he@4', 'xavier_normal@4']);
    expect(doc.arms.map((a: { init: string }) => a.init)).toEqual(['he', 'xavier_normal']);
    const heTest = doc.runs.filter((r: RunJson) => r.init === 'he').map((r: RunJson) => r.testAccuracy);
    const mean = heTest.reduce((s: number, x: number) => s + x, 0) / heTest.length;
    expect(doc.arms[0].testAccuracy).toMatchObject({ n: 4, min: Math.min(...heTest), max: Math.max(...heTest) });
    expect(doc.arms[0].testAccuracy.mean).toBeCloseTo(mean, 14);
    for (const metric of ['finalCost', 'trainAccuracy', 'testAccuracy']) {
      for (const field of ['mean', 'std', 'median', 'min', 'max', 'n']) expect(doc.arms[1][metric]).toHaveProperty(field);
    }
    expect(doc.comparisons.map((c: { metric: string }) => c.metric)).toEqual(['finalCost', 'trainAccuracy', 'testAccuracy']);
    const c = doc.comparisons[2];
    expect(c).toMatchObject({ a: 'he', b: 'xavier_normal', metric: 'testAccuracy' });
    for (const field of ['welchP', 'mannWhitneyP', 'meanDiff', 'ci95', 'cohenD', 'cliffDelta']) expect(c).toHaveProperty(field);
    expect(c.meanDiff).toBeCloseTo(doc.arms[0].testAccuracy.mean - doc.arms[1].testAccuracy.mean, 14);
  });
});

describe('init-lab train --json on a deep net', () => {
  it('reports vanishing gradients as a problem, from a start layer with a factor per layer, for 20 tanh layers at std 0.01', async () => {
    const dims = ['2', ...Array(20).fill('32'), '1'].join(',');
    const out = await spawnCli(['train', '--dataset', 'moons', '--dims', dims, '--activation', 'tanh', '--init', 'normal:std=0.01', '--iterations', '200', '--json']);
    expect(out.status).toBe(0);
    const [run] = JSON.parse(out.stdout).runs as RunJson[];
    const v = run.insights.find((x) => x.kind === 'vanishing_gradients');
    expect(v).toMatchObject({ severity: 'problem', iteration: 0 });
    expect(v?.layer).toBeGreaterThanOrEqual(1);
    expect(v?.factorPerLayer).toBeLessThan(0.1);
    expect(v?.measured).toBeLessThan(1e-20);
    expect(run.insights.map((x) => x.kind)).toContain('vanishing_activations');
  });
});

describe('init-lab train determinism', () => {
  it('gives bit-identical results for the same flags and seeds, whatever the number of workers', async () => {
    const args = ['train', '--dataset', 'moons', '--optimizer', 'adam', '--batch-size', '32', '--lr', '0.005', '--iterations', '1500', '--log-every', '100', '--init', 'xavier_normal,random', '--json'];
    const [a, b] = await Promise.all([spawnCli([...args, '--workers', '1']), spawnCli([...args, '--workers', '2'])]);
    // Shortest round-trip decimals: equal text means bit-identical doubles.
    const strip = (s: string) => s.replace(/"trainSeconds": [^\n]*/g, '');
    expect(a.status).toBe(0);
    expect(strip(a.stdout)).toBe(strip(b.stdout));
    expect(JSON.parse(a.stdout).runs[0].costs).toHaveLength(15);
  });
});

describe('init-lab train --csv', () => {
  it('trains on a CSV file, sizing the input layer to its columns', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'init-lab-csv-')), 'points.csv');
    const rows = Array.from({ length: 60 }, (_, i) => `${(i % 7) - 3},${(i % 5) - 2},${i % 3},${i % 2}`);
    writeFileSync(file, `u,v,w,label\n${rows.join('\n')}\n`);
    const data = mkdtempSync(join(tmpdir(), 'init-lab-csv-data-'));
    const out = await spawnCli(['train', '--csv', file, '--standardize', '--init', 'xavier_normal', '--iterations', '200', '--log-every', '100', '--save', '--data', data, '--json']);
    expect(out.stderr).toBe('');
    const run = JSON.parse(out.stdout).runs[0];
    expect(run.status).toBe('done');
    expect(run.costs.map((p: { iteration: number }) => p.iteration)).toEqual([0, 100]);
    const stored = JSON.parse((await spawnCli(['runs', 'show', run.id, '--data', data, '--json'])).stdout);
    expect(stored.config.network.dims).toEqual([3, 10, 5, 1]);
    expect(stored.config.data).toMatchObject({ kind: 'csv', featureNames: ['u', 'v', 'w'], standardize: true, source: 'points.csv' });
  });
});
