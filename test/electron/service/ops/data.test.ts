import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { IdxDataSchema } from '../../../../shared/contract/data-sets';
import { openTestLab, type TestLab } from '../../helpers/service';

let lab: TestLab | null = null;
afterEach(async () => {
  await lab?.dispose();
  lab = null;
});

/** An IDX file of unsigned bytes with the given sizes. */
function idx(sizes: number[], values: number[]): Uint8Array {
  const out = new Uint8Array(4 + 4 * sizes.length + values.length);
  const view = new DataView(out.buffer);
  out[2] = 0x08;
  out[3] = sizes.length;
  sizes.forEach((s, i) => view.setUint32(4 + 4 * i, s, false));
  out.set(values, 4 + 4 * sizes.length);
  return out;
}

/** Three 2 × 2 training images labelled 3, 1, 3 and two test images labelled 1, 3, under dir/tiny (train images gzipped). */
function writeSet(dir: string): Record<'trainImages' | 'trainLabels' | 'testImages' | 'testLabels', string> {
  const at = join(dir, 'tiny');
  mkdirSync(at, { recursive: true });
  const files = {
    trainImages: ['train-images-idx3-ubyte.gz', gzipSync(idx([3, 2, 2], Array.from({ length: 12 }, (_, i) => i * 20)))],
    trainLabels: ['train-labels-idx1-ubyte', idx([3], [3, 1, 3])],
    testImages: ['t10k-images-idx3-ubyte', idx([2, 2, 2], [0, 255, 255, 0, 9, 9, 9, 9])],
    testLabels: ['t10k-labels-idx1-ubyte', idx([2], [1, 3])],
  } as const;
  return Object.fromEntries(
    Object.entries(files).map(([role, [name, bytes]]) => {
      writeFileSync(join(at, name), bytes);
      return [role, join(at, name)];
    }),
  ) as Record<keyof typeof files, string>;
}

describe('data.describeIdx', () => {
  it('reads four IDX files into an idx data config with their SHA-256, image size, classes and set sizes', async () => {
    lab = openTestLab();
    const paths = writeSet(lab.dir);
    const res = await lab.service.api['data.describeIdx'](paths);
    if (!res.ok) throw new Error(res.error.message);
    const { config, nTrain, nTest } = res.value;
    expect([nTrain, nTest]).toEqual([3, 2]);
    expect(config).toMatchObject({ kind: 'idx', source: 'tiny', width: 2, height: 2, classes: ['1', '3'] });
    expect(config.trainLabels).toEqual({ path: paths.trainLabels, sha256: createHash('sha256').update(idx([3], [3, 1, 3])).digest('hex') });
    // the answer is a config the schema accepts as it is
    expect(IdxDataSchema.parse(config)).toEqual(config);
  });

  it('names the file that cannot be read', async () => {
    lab = openTestLab();
    const paths = { ...writeSet(lab.dir), testLabels: join(lab.dir, 'nowhere') };
    const res = await lab.service.api['data.describeIdx'](paths);
    expect(res.ok ? null : res.error).toEqual({ code: 'invalid_input', message: `testLabels: cannot read "${join(lab.dir, 'nowhere')}": no such file` });
  });

  it('names the file that is not IDX', async () => {
    lab = openTestLab();
    const paths = writeSet(lab.dir);
    writeFileSync(paths.testImages, 'x,y\n1,2\n');
    const res = await lab.service.api['data.describeIdx'](paths);
    expect(res.ok).toBe(false);
    expect(res.ok ? '' : res.error.message).toMatch(/^testImages: /);
  });
});
