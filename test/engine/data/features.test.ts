import { describe, expect, it } from 'vitest';
import { byteFeatures, featureAt, featureCount, featuresToDoubles, packFeatures } from '../../../shared/engine/data';
import { readMnistDigits } from '../../../electron/worker/data-files';
import { mnistDataset } from '../../../shared/engine/data';

describe('packFeatures', () => {
  it('holds values with at most 256 distinct doubles as bytes that give back exactly those values', () => {
    const values = Array.from({ length: 1000 }, (_, i) => Math.round(((i * 37) % 256) / 255 * 1000) / 1000);
    const x = packFeatures(values);
    expect(x).not.toBeInstanceOf(Float64Array);
    expect(Array.from({ length: 1000 }, (_, i) => featureAt(x, i))).toEqual(values);
    expect(featureCount(x)).toBe(1000);
  });

  it('keeps values with more than 256 distinct doubles as doubles', () => {
    const values = Array.from({ length: 300 }, (_, i) => i / 7);
    expect(packFeatures(values)).toBeInstanceOf(Float64Array);
  });

  it('tells −0 from 0, so a packed −0 comes back as −0', () => {
    const x = packFeatures([0, -0, 1]);
    expect(Object.is(featureAt(x, 1), -0)).toBe(true);
    expect(Object.is(featureAt(x, 0), 0)).toBe(true);
  });
});

describe('byteFeatures', () => {
  it('reads byte b as levels[b] and converts to the same doubles in full', () => {
    const levels = Float64Array.from({ length: 256 }, (_, v) => v / 255);
    const x = byteFeatures(Uint8Array.from([0, 51, 255]), levels);
    expect(Array.from(featuresToDoubles(x))).toEqual([0, 51 / 255, 1]);
  });
});

describe('the built-in mnist set', () => {
  it('holds the package digits as bytes, each pixel the exact double the package stores', () => {
    const digits = readMnistDigits();
    const ds = mnistDataset(digits);
    expect(ds.xTrain).not.toBeInstanceOf(Float64Array);
    expect(ds.xTest).not.toBeInstanceOf(Float64Array);
    // Digit 3's first image is training sample 3·800; its pixels, read back, are the package's own numbers.
    const first3 = Array.from({ length: 784 }, (_, p) => featureAt(ds.xTrain, 3 * 800 * 784 + p));
    expect(first3).toEqual(digits[3].slice(0, 784));
    const last9 = Array.from({ length: 784 }, (_, p) => featureAt(ds.xTest, (ds.nTest - 1) * 784 + p));
    expect(last9).toEqual(digits[9].slice(digits[9].length - 784));
  });
});
