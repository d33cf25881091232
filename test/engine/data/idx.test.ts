import { describe, expect, it } from 'vitest';
import { gzipSync } from 'fflate';
import { DataError, featureAt, idxDataset, parseIdxImages, parseIdxLabels } from '../../../shared/engine/data';

/** An IDX file of unsigned bytes with the given sizes. */
function idx(sizes: number[], values: number[], type = 0x08): Uint8Array {
  const out = new Uint8Array(4 + 4 * sizes.length + values.length);
  const view = new DataView(out.buffer);
  out[2] = type;
  out[3] = sizes.length;
  sizes.forEach((s, i) => view.setUint32(4 + 4 * i, s, false));
  out.set(values, 4 + 4 * sizes.length);
  return out;
}

function failure(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a DataError');
}

const pixels = [0, 255, 17, 3, 4, 5, 6, 7, 8, 9, 10, 11];

describe('parseIdxImages', () => {
  it('reads count, rows, columns and the pixels of a plain idx3 file', () => {
    expect(parseIdxImages(idx([2, 3, 2], pixels), 'f')).toEqual({ count: 2, rows: 3, cols: 2, pixels: Uint8Array.from(pixels) });
  });

  it('reads a gzipped file as the same images', () => {
    expect(parseIdxImages(gzipSync(idx([2, 3, 2], pixels)), 'f')).toEqual(parseIdxImages(idx([2, 3, 2], pixels), 'f'));
  });

  it('refuses a file without the IDX magic number, naming it', () => {
    expect(failure(() => parseIdxImages(new TextEncoder().encode('a,b\n1,2\n'), 'x.csv'))).toEqual({
      code: 'bad_file',
      message: 'x.csv: not an IDX file (bad magic number); expected an idx3 image file',
    });
  });

  it('refuses a label file given as images', () => {
    expect(failure(() => parseIdxImages(idx([2], [1, 2]), 'l')).message).toBe('l: an IDX file with 1 dimension; expected an idx3 image file (3)');
  });

  it('refuses a value type other than unsigned bytes', () => {
    expect(failure(() => parseIdxImages(idx([1, 1, 1], [0], 0x0d), 'f')).message).toBe('f: IDX value type 0x0d is not supported; expected unsigned bytes (0x08)');
  });

  it('refuses a truncated file, saying how many bytes the header promises', () => {
    const full = idx([2, 3, 2], pixels);
    expect(failure(() => parseIdxImages(full.subarray(0, full.length - 1), 'f')).message).toBe(
      'f: truncated: the header promises 2 × 3 × 2 values (28 bytes), the file has 27',
    );
    expect(failure(() => parseIdxImages(full.subarray(0, 10), 'f')).message).toBe('f: truncated: the IDX header needs 16 bytes, the file has 10');
  });

  it('refuses a broken gzip stream, naming the file', () => {
    const gz = gzipSync(idx([2, 3, 2], pixels));
    expect(failure(() => parseIdxImages(gz.subarray(0, 12), 'f.gz')).message).toMatch(/^f\.gz: not a readable gzip file/);
  });
});

describe('idxDataset', () => {
  const images = (n: number) => ({ file: 'img', images: parseIdxImages(idx([n, 2, 2], Array.from({ length: 4 * n }, (_, i) => (i * 51) % 256)), 'img') });
  const labels = (values: number[]) => ({ file: 'lab', labels: parseIdxLabels(idx([values.length], values), 'lab') });

  it('scales pixels by 1/255, maps labels to their sorted classes and keeps file order', () => {
    const ds = idxDataset('t', { trainImages: images(3), trainLabels: labels([7, 3, 7]), testImages: images(1), testLabels: labels([3]) });
    expect(ds.classes).toEqual(['3', '7']);
    expect(Array.from(ds.yTrain)).toEqual([1, 0, 1]);
    expect(Array.from(ds.yTest)).toEqual([0]);
    expect(featureAt(ds.xTrain, 1)).toBe(51 / 255);
    expect(ds.image).toEqual({ width: 2, height: 2 });
    expect(ds.nFeatures).toBe(4);
  });

  it('refuses a label count that differs from the image count, naming both files', () => {
    expect(failure(() => idxDataset('t', { trainImages: images(3), trainLabels: labels([1, 2]), testImages: images(1), testLabels: labels([1]) }))).toEqual({
      code: 'bad_file',
      message: 'lab has 2 labels but img has 3 images; expected one label per image',
    });
  });

  it('refuses a test label that no training image has', () => {
    expect(failure(() => idxDataset('t', { trainImages: images(2), trainLabels: labels([1, 2]), testImages: images(1), testLabels: labels([5]) })).message).toBe(
      'lab: label 5 (item 0) is not among the training labels (1, 2)',
    );
  });
});
