// A data set's inputs as doubles or as bytes through a table of levels: reading one value, and packing values
// with few distinct levels (image pixels) into bytes so a large image set takes an eighth of the memory.
import type { ByteFeatures, Features } from '../types';

/** The i-th value (sample-major index) of a set's inputs, as the double it stands for. */
export function featureAt(x: Features, i: number): number {
  return x instanceof Float64Array ? x[i] : x.levels[x.bytes[i]];
}

/** How many values a set's inputs hold (samples × features). */
export function featureCount(x: Features): number {
  return x instanceof Float64Array ? x.length : x.bytes.length;
}

/** The inputs as one Float64Array (a new one for bytes): for small sets and tests, never for a whole image set in training. */
export function featuresToDoubles(x: Features): Float64Array {
  return x instanceof Float64Array ? x : Float64Array.from(x.bytes, (b) => x.levels[b]);
}

/** Bytes standing for `levels[b]`; the table is copied into a full 256-entry one (unused entries 0). */
export function byteFeatures(bytes: Uint8Array, levels: ArrayLike<number>): ByteFeatures {
  const table = new Float64Array(256);
  for (let b = 0; b < Math.min(256, levels.length); b++) table[b] = levels[b];
  return { bytes, levels: table };
}

/**
 * Values with at most 256 distinct doubles (told apart bit for bit, so 0 and −0 differ) as bytes through their
 * sorted levels; otherwise as doubles. Either way featureAt gives back exactly the values given.
 */
export function packFeatures(values: ArrayLike<number>): Features {
  const index = new Map<number, number>();
  let negativeZero = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Object.is(v, -0)) negativeZero = true;
    else if (!index.has(v)) {
      index.set(v, 0);
      if (index.size + (negativeZero ? 1 : 0) > 256) return Float64Array.from(values);
    }
  }
  // NaN is a Map key like any other; −0 would share +0's key, so it keeps a level of its own.
  if (negativeZero && index.size + 1 > 256) return Float64Array.from(values);
  const levels = [...index.keys()].sort((a, b) => a - b || (Number.isNaN(a) ? 1 : -1));
  levels.forEach((v, b) => index.set(v, b));
  if (negativeZero) levels.push(-0);
  const zeroByte = negativeZero ? levels.length - 1 : -1;
  const bytes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    bytes[i] = zeroByte >= 0 && Object.is(v, -0) ? zeroByte : (index.get(v) as number);
  }
  return byteFeatures(bytes, levels);
}
