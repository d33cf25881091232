// `init-lab train` on K-class data: the numpy softmax parity command of issue 13, built-in MNIST, IDX files by path.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'fflate';
import { spawnCli, type CliOutcome } from '../spawn-cli';

const fixture = JSON.parse(readFileSync(new URL('../../../fixtures/softmax-nets.json', import.meta.url), 'utf8')) as {
  classes: string[];
  train_csv: string;
  test_csv: string;
  cases: { name: string; costs: { iteration: number; cost: number }[]; train_accuracy: number; test_accuracy: number }[];
};

const dir = mkdtempSync(join(tmpdir(), 'init-lab-classes-'));

/** An IDX file of unsigned bytes with the given sizes. */
function idx(sizes: number[], values: number[]): Uint8Array {
  const head = new Uint8Array(4 + 4 * sizes.length);
  const view = new DataView(head.buffer);
  head[2] = 0x08;
  head[3] = sizes.length;
  sizes.forEach((s, i) => view.setUint32(4 + 4 * i, s, false));
  const out = new Uint8Array(head.length + values.length);
  out.set(head);
  out.set(values, head.length);
  return out;
}

describe('train with a separate test CSV and string labels (numpy parity)', () => {
  let out: CliOutcome;
  beforeAll(async () => {
    writeFileSync(join(dir, 'train.csv'), fixture.train_csv);
    writeFileSync(join(dir, 'test.csv'), fixture.test_csv);
    out = await spawnCli([
      'train', '--csv', join(dir, 'train.csv'), '--test-csv', join(dir, 'test.csv'), '--label', 'y', '--no-standardize', '--rng', 'numpy',
      '--init', 'xavier_normal', '--init-seed', '11', '--dims', '5,16,12,4', '--activation', 'tanh', '--optimizer', 'gd', '--lr', '0.1',
      '--iterations', '3000', '--log-every', '500', '--json',
    ]);
  }, 120_000);

  it('equals the plain numpy softmax MLP: costs within 1e-9 relative, accuracies exactly', () => {
    expect(out.stderr).toBe('');
    const doc = JSON.parse(out.stdout);
    const want = fixture.cases.find((c) => c.name === 'tanh_gd')!;
    const run = doc.runs[0];
    expect(run.costs.map((p: { iteration: number }) => p.iteration)).toEqual(want.costs.map((p) => p.iteration));
    want.costs.forEach((p, i) => expect(Math.abs(run.costs[i].cost / p.cost - 1)).toBeLessThan(1e-9));
    expect(run.trainAccuracy).toBe(want.train_accuracy);
    expect(run.testAccuracy).toBe(want.test_accuracy);
  });

  it('names the classes and gives the test confusion matrix and per-class accuracy', () => {
    const doc = JSON.parse(out.stdout);
    expect(doc.classes).toEqual(['ant', 'bee', 'cat', 'dog']);
    const { confusion, perClassAccuracy, testAccuracy } = doc.runs[0];
    expect(confusion).toHaveLength(4);
    const total = confusion.flat().reduce((s: number, v: number) => s + v, 0);
    const right = confusion.reduce((s: number, row: number[], k: number) => s + row[k], 0);
    expect(total).toBe(80);
    expect(right / total).toBe(testAccuracy);
    confusion.forEach((row: number[], k: number) => expect(perClassAccuracy[k]).toBe(row[k] / row.reduce((s, v) => s + v, 0)));
  });
});

describe('train on built-in MNIST', () => {
  it('trains a 784-32-10 softmax net and reports ten classes', async () => {
    const out = await spawnCli(['train', '--dataset', 'mnist', '--dims', '784,32,10', '--optimizer', 'sgd', '--batch-size', '100', '--lr', '0.1', '--iterations', '60', '--json']);
    expect(out.stderr).toBe('');
    const doc = JSON.parse(out.stdout);
    expect(doc.classes).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const run = doc.runs[0];
    expect(run.status).toBe('done');
    expect(run.confusion.flat().reduce((s: number, v: number) => s + v, 0)).toBe(2000);
    expect(run.testAccuracy).toBeGreaterThan(0.5);
  }, 120_000);

  it('refuses an output size that does not match the ten classes, in one line naming the flag', async () => {
    const out = await spawnCli(['train', '--dataset', 'mnist', '--dims', '784,32,1', '--iterations', '1']);
    expect(out.status).toBe(2);
    expect(out.stderr).toBe('init-lab: --dims, item 3: got 1; expected 10 (one softmax unit per class): the data set has 10 classes (0, 1, 2, 3, 4, 5, 6, 7, 8, 9)\n');
  });
});

describe('train on IDX files', () => {
  // 3 × 3 images of three classes: the class is where the bright row is.
  const image = (k: number) => Array.from({ length: 9 }, (_, p) => (Math.floor(p / 3) === k ? 250 : 5));
  const labels = Array.from({ length: 30 }, (_, i) => [2, 5, 9][i % 3]);
  const pixels = labels.flatMap((v) => image([2, 5, 9].indexOf(v)));

  beforeAll(() => {
    writeFileSync(join(dir, 'train-images-idx3-ubyte.gz'), gzipSync(idx([30, 3, 3], pixels)));
    writeFileSync(join(dir, 'train-labels-idx1-ubyte'), idx([30], labels));
    writeFileSync(join(dir, 't10k-images-idx3-ubyte'), idx([30, 3, 3], pixels));
    writeFileSync(join(dir, 't10k-labels-idx1-ubyte.gz'), gzipSync(idx([30], labels)));
    writeFileSync(join(dir, 'short-labels-idx1-ubyte'), idx([29], labels.slice(0, 29)));
  });
  const flags = (labelsFile = 't10k-labels-idx1-ubyte.gz') => [
    '--idx-train-images', join(dir, 'train-images-idx3-ubyte.gz'), '--idx-train-labels', join(dir, 'train-labels-idx1-ubyte'),
    '--idx-test-images', join(dir, 't10k-images-idx3-ubyte'), '--idx-test-labels', join(dir, labelsFile),
  ];

  it('reads gzipped and plain files, maps labels 2, 5, 9 to three classes and learns them', async () => {
    const out = await spawnCli(['train', ...flags(), '--dims', '9,8,3', '--optimizer', 'adam', '--lr', '0.05', '--iterations', '200', '--json']);
    expect(out.stderr).toBe('');
    const doc = JSON.parse(out.stdout);
    expect(doc.classes).toEqual(['2', '5', '9']);
    expect(doc.runs[0].testAccuracy).toBe(1);
  }, 120_000);

  it('refuses a test label file whose count differs from its images, in one line naming both files', async () => {
    const out = await spawnCli(['train', ...flags('short-labels-idx1-ubyte'), '--dims', '9,8,3', '--iterations', '1']);
    expect(out.status).toBe(2);
    expect(out.stderr).toBe(
      `init-lab: --dataset idx: ${join(dir, 'short-labels-idx1-ubyte')} has 29 labels but ${join(dir, 't10k-images-idx3-ubyte')} has 30 images; expected one label per image\n`,
    );
  });

  it('refuses a file that does not exist, naming the flag and the file', async () => {
    const args = flags();
    args[1] = join(dir, 'nope.gz');
    const out = await spawnCli(['train', ...args, '--dims', '9,8,3', '--iterations', '1']);
    expect(out.status).toBe(2);
    expect(out.stderr).toBe(`init-lab: --idx-train-images: cannot read "${join(dir, 'nope.gz')}": no such file\n`);
  });
});
