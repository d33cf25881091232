// Mini-batches: each epoch a fresh permutation of the training samples (numpy: permutation(m)), cut
// into consecutive batches of the given size; the last batch of an epoch holds what is left.
import type { InputMatrix } from '../nn/inputs';
import { shuffleInPlace, type Rng } from '../rng';

/** One mini-batch in the network's layout: x is nFeatures × m (stride m), y has m labels. */
export interface Batch {
  x: Float64Array;
  y: Float64Array;
  m: number;
}

/** An endless source of mini-batches over the training inputs; each batch's columns become doubles only when drawn. */
export function createBatcher(
  xTrain: InputMatrix,
  yTrain: Float64Array,
  nFeatures: number,
  nTrain: number,
  size: number,
  rng: Rng,
): () => Batch {
  const order = new Array<number>(nTrain);
  let pos = nTrain;
  const x = new Float64Array(nFeatures * size);
  const y = new Float64Array(size);
  return () => {
    if (pos >= nTrain) {
      for (let j = 0; j < nTrain; j++) order[j] = j;
      shuffleInPlace(rng, order);
      pos = 0;
    }
    const m = Math.min(size, nTrain - pos);
    for (let j = 0; j < m; j++) y[j] = yTrain[order[pos + j]];
    xTrain.gather(x, m, pos, m, order);
    pos += m;
    return { x, y, m };
  };
}
