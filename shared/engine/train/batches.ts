// Mini-batches: each epoch a fresh permutation of the training samples (numpy: permutation(m)), cut
// into consecutive batches of the given size; the last batch of an epoch holds what is left.
import { shuffleInPlace, type Rng } from '../rng';

/**
 * One mini-batch: which training samples it holds, in order, and their labels. Each path turns the samples'
 * inputs into its own layout (the reference gathers them as doubles, the kernels straight into their memory).
 */
export interface Batch {
  /** The batch's sample indices into the training set (the first m entries). */
  samples: Int32Array;
  /** The labels of those samples (the first m entries). */
  y: Float64Array;
  m: number;
}

/** An endless source of mini-batches over nTrain samples with labels yTrain; the arrays are reused from batch to batch. */
export function createBatcher(yTrain: Float64Array, nTrain: number, size: number, rng: Rng): () => Batch {
  const order = new Array<number>(nTrain);
  let pos = nTrain;
  const samples = new Int32Array(size);
  const y = new Float64Array(size);
  return () => {
    if (pos >= nTrain) {
      for (let j = 0; j < nTrain; j++) order[j] = j;
      shuffleInPlace(rng, order);
      pos = 0;
    }
    const m = Math.min(size, nTrain - pos);
    for (let j = 0; j < m; j++) {
      const s = order[pos + j];
      samples[j] = s;
      y[j] = yTrain[s];
    }
    pos += m;
    return { samples, y, m };
  };
}
