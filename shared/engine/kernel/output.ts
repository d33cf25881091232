// The output layer over the samples: probabilities a = σ(z) (or softmax over K units), dZ_L = (1/m)·(a − y)
// (y one-hot for softmax) and the cost. Every value equals the scalar path's (nn/network.ts, nn/output.ts,
// nn/loss.ts) bit for bit: softmax and its cost are the scalar path's own functions on the kernels' memory;
// the course loss takes one logarithm per sample instead of two, which is exact for 0/1 labels (see courseTerm).
import { ACTIVATIONS } from '../nn/activations';
import { LOSSES, type LossName } from '../nn/loss';
import { applyOutput, categoricalCost, outputGradient } from '../nn/output';
import { pairwiseSum } from '../nn/sum';
import { paddedCount } from './passes';

const sigmoid = ACTIVATIONS.sigmoid.f;
const NO_PARAMS = ACTIVATIONS.sigmoid.defaults;

/**
 * One sample's course loss term −log(a)·y + −log(1 − a)·(1 − y), NaN mapped to 0 (nansum).
 * For y = 1 the second product is ±0 unless log(1 − a) is infinite or NaN (a = 1 or NaN), where it is NaN;
 * adding +0 gives the sum's sign of zero. y = 0 mirrors it. Other labels take the full formula.
 */
export function courseTerm(a: number, y: number): number {
  let t: number;
  if (y === 1) t = 1 - a === 0 || a !== a ? NaN : -Math.log(a) + 0;
  else if (y === 0) t = a === 0 || a !== a ? NaN : -Math.log(1 - a) + 0;
  else t = -Math.log(a) * y + -Math.log(1 - a) * (1 - y);
  return t === t ? t : 0;
}

/** The output layer of one network: scratch for the loss terms and the batch's labels split by value. */
export interface OutputPass {
  /** Splits the batch's m labels into 1s, 0s and others; call whenever the labels change. */
  setLabels(y: Float64Array, m: number): void;
  /**
   * Fills a = σ(z) (softmax for K units) and dZ for m samples, rows `ld` apart; returns the cost with the given
   * loss (softmax: the categorical cross-entropy, whatever the name), or NaN without one.
   */
  run(z: Float64Array, a: Float64Array, y: Float64Array, dZ: Float64Array, m: number, loss: LossName | null, ld?: number): number;
}

/** An output pass for batches of up to `capacity` samples and K output units (1: one sigmoid unit). */
export function createOutputPass(capacity: number, K = 1): OutputPass {
  const terms = new Float64Array(capacity);
  if (K > 1) return softmaxPass(K, terms);
  // Looping over each label class separately keeps the branch on the label out of the loop.
  const ones = new Int32Array(capacity);
  const zeros = new Int32Array(capacity);
  const others = new Int32Array(capacity);
  let nOnes = 0;
  let nZeros = 0;
  let nOthers = 0;
  return {
    setLabels(y, m) {
      nOnes = nZeros = nOthers = 0;
      for (let j = 0; j < m; j++) {
        if (y[j] === 1) ones[nOnes++] = j;
        else if (y[j] === 0) zeros[nZeros++] = j;
        else others[nOthers++] = j;
      }
    },
    run(z, a, y, dZ, m, loss) {
      const invM = 1 / m;
      for (let j = 0; j < m; j++) {
        const aj = sigmoid(z[j], NO_PARAMS);
        a[j] = aj;
        dZ[j] = invM * (aj - y[j]);
      }
      if (loss === null) return NaN;
      if (loss !== 'course') return LOSSES[loss].cost(z, a, y, m, terms);
      for (let i = 0; i < nOnes; i++) {
        const j = ones[i];
        const aj = a[j];
        terms[j] = 1 - aj === 0 || aj !== aj ? 0 : -Math.log(aj) + 0;
      }
      for (let i = 0; i < nZeros; i++) {
        const j = zeros[i];
        const aj = a[j];
        terms[j] = aj === 0 || aj !== aj ? 0 : -Math.log(1 - aj) + 0;
      }
      for (let i = 0; i < nOthers; i++) terms[others[i]] = courseTerm(a[others[i]], y[others[i]]);
      return invM * pairwiseSum(terms, 0, m);
    },
  };
}

/** K softmax units: the scalar path's functions over rows ld apart; the pad columns of dZ are zeroed for the kernels. */
function softmaxPass(K: number, terms: Float64Array): OutputPass {
  return {
    setLabels() {},
    run(z, a, y, dZ, m, loss, ld = m) {
      applyOutput(z, a, K, m, ld);
      outputGradient(a, y, dZ, K, m, ld);
      const end = Math.min(paddedCount(m), ld);
      for (let i = 0; i < K; i++) dZ.fill(0, i * ld + m, i * ld + end);
      return loss === null ? NaN : categoricalCost(z, y, K, m, ld, terms);
    },
  };
}
