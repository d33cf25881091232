// The output layer: one sigmoid unit for two classes, or K softmax units for K classes. Z and A are
// K × m (row r at r·stride), labels are class indices. Softmax and its cost go through the logits shifted by
// their column maximum (log-sum-exp), so they are finite whenever the logits are; dZ_L = (1/m)·(A − onehot(y)).
import { ACTIVATIONS } from './activations';
import { pairwiseSum } from './sum';

const sigmoid = ACTIVATIONS.sigmoid;

/** The output units' activation: σ(z) for one unit, softmax over each column for K ≥ 2 (exponents summed unit by unit in order, as numpy's sum(axis=0)). */
export function applyOutput(z: Float64Array, a: Float64Array, K: number, m: number, stride: number): void {
  if (K === 1) {
    for (let j = 0; j < m; j++) a[j] = sigmoid.f(z[j], sigmoid.defaults);
    return;
  }
  for (let j = 0; j < m; j++) {
    let max = z[j];
    for (let i = 1; i < K; i++) if (z[i * stride + j] > max) max = z[i * stride + j];
    let s = 0;
    for (let i = 0; i < K; i++) {
      const e = Math.exp(z[i * stride + j] - max);
      a[i * stride + j] = e;
      s += e;
    }
    for (let i = 0; i < K; i++) a[i * stride + j] = a[i * stride + j] / s;
  }
}

/**
 * dZ_L = (1/m)·(A − onehot(y)) for K ≥ 2, (1/m)·(A − y) for one unit; both losses' gradient with respect to the logits,
 * for the first `count` samples (a chunk of a set of m samples; all m by default).
 */
export function outputGradient(a: Float64Array, y: Float64Array, dZ: Float64Array, K: number, m: number, stride: number, count = m): void {
  const invM = 1 / m;
  if (K === 1) {
    for (let j = 0; j < count; j++) dZ[j] = invM * (a[j] - y[j]);
    return;
  }
  for (let i = 0; i < K; i++) {
    const r = i * stride;
    for (let j = 0; j < count; j++) dZ[r + j] = invM * (a[r + j] - (y[j] === i ? 1 : 0));
  }
}

/**
 * Per-sample categorical cross-entropy from the logits into terms[0..m): log Σ_i exp(z_i − max) − (z_y − max).
 * A NaN logit gives a NaN term (the run then stops as diverged).
 */
export function categoricalTerms(z: Float64Array, y: Float64Array, K: number, m: number, stride: number, terms: Float64Array): void {
  for (let j = 0; j < m; j++) {
    let max = z[j];
    for (let i = 1; i < K; i++) if (z[i * stride + j] > max) max = z[i * stride + j];
    let s = 0;
    for (let i = 0; i < K; i++) s += Math.exp(z[i * stride + j] - max);
    terms[j] = Math.log(s) - (z[y[j] * stride + j] - max);
  }
}

/** Mean categorical cross-entropy over m samples: (1/m) · pairwise Σ of categoricalTerms. */
export function categoricalCost(z: Float64Array, y: Float64Array, K: number, m: number, stride: number, terms: Float64Array): number {
  categoricalTerms(z, y, K, m, stride, terms);
  return (1 / m) * pairwiseSum(terms, 0, m);
}

/** The predicted class of sample j: argmax over the K outputs (the first of equal maxima, as numpy), or p > 0.5 for one unit. */
export function predictedClass(a: Float64Array, j: number, K: number, stride: number): number {
  if (K === 1) return a[j] > 0.5 ? 1 : 0;
  let best = 0;
  let max = a[j];
  for (let i = 1; i < K; i++) {
    const v = a[i * stride + j];
    if (v > max) {
      max = v;
      best = i;
    }
  }
  return best;
}
