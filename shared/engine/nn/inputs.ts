// A set's inputs as the network reads them, features × samples, whether held as doubles or as bytes: passes over
// the whole set and mini-batches gather the columns they need, so an image set never exists as doubles in full.
import type { Features } from '../types';

/** Samples a pass over the whole set turns into doubles at a time (784 features: 1.6 MB of doubles). */
export const INPUT_CHUNK = 256;

/** The inputs of a set in the network's layout, features × samples. */
export interface InputMatrix {
  readonly features: number;
  readonly samples: number;
  /** The whole matrix as doubles (row stride `samples`) when the set is held so; null for a set held as bytes. */
  readonly dense: Float64Array | null;
  /**
   * Writes m samples as columns 0 … m−1 of `out` (features × m, row stride `stride`): samples from … from+m−1,
   * or with `order` the samples order[from] … order[from+m−1].
   */
  gather(out: Float64Array, stride: number, from: number, m: number, order?: ArrayLike<number>): void;
}

/** The features × samples matrix of sample-major inputs (n samples of `features` values): doubles are transposed once, bytes stay bytes. */
export function inputMatrix(x: Features, samples: number, features: number): InputMatrix {
  if (x instanceof Float64Array) {
    const dense = new Float64Array(features * samples);
    for (let j = 0; j < samples; j++) for (let k = 0; k < features; k++) dense[k * samples + j] = x[j * features + k];
    return {
      features,
      samples,
      dense,
      gather(out, stride, from, m, order) {
        for (let j = 0; j < m; j++) {
          const s = order ? order[from + j] : from + j;
          for (let k = 0; k < features; k++) out[k * stride + j] = dense[k * samples + s];
        }
      },
    };
  }
  const { bytes, levels } = x;
  return {
    features,
    samples,
    dense: null,
    gather(out, stride, from, m, order) {
      for (let j = 0; j < m; j++) {
        const s = order ? order[from + j] : from + j;
        const row = s * features;
        for (let k = 0; k < features; k++) out[k * stride + j] = levels[bytes[row + k]];
      }
    },
  };
}

/** The matrix's columns from … from+m−1 as doubles, features × m: its own rows when dense and whole, else gathered into `scratch`. */
export function inputColumns(x: InputMatrix, from: number, m: number, scratch: Float64Array): Float64Array {
  if (x.dense && from === 0 && m === x.samples) return x.dense;
  x.gather(scratch, m, from, m);
  return scratch;
}
