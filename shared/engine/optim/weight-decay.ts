// L2 weight decay as a term of the cost: C + λ/2·Σ‖W[l]‖², whose gradient adds λ·W[l] to each dW[l] before the
// optimizer's update (biases are not decayed). Both training paths run it through runLoop, so they stay bit-identical.
import { pairwiseSum } from '../nn/sum';
import type { Grads, Params } from '../types';

/**
 * The penalty λ/2·Σ_l sum(W[l]²) the cost gains, summed as numpy's `lambd / 2 * (np.sum(np.square(W1)) + …)`:
 * each layer's squares pairwise, the layers left to right. λ = 0 is never asked for (the loop adds nothing then).
 */
export function weightPenalty(params: Params, lambda: number, squares: Float64Array[]): number {
  let total = 0;
  for (let l = 0; l < params.W.length; l++) {
    const W = params.W[l];
    const sq = squares[l];
    for (let i = 0; i < W.length; i++) sq[i] = W[i] * W[i];
    total += pairwiseSum(sq, 0, W.length);
  }
  return (lambda / 2) * total;
}

/** dW[l] ← dW[l] + λ·W[l] for every layer, in place, as numpy's `dW += lambd * W`. */
export function addWeightDecay(params: Params, grads: Grads, lambda: number): void {
  for (let l = 0; l < params.W.length; l++) {
    const W = params.W[l];
    const dW = grads.dW[l];
    for (let i = 0; i < W.length; i++) dW[i] = dW[i] + lambda * W[i];
  }
}
