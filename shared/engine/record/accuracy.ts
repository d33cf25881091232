// Predictions and accuracy: the course's p > 0.5 for one sigmoid unit, argmax over K softmax units.
import { predictedClass } from '../nn/output';

/** Each sample's predicted class from K × m outputs (row stride `stride`, default m); K = 1 is the course's predict. */
export function predictLabels(probs: Float64Array, m: number, K = 1, stride = m): Float64Array {
  const out = new Float64Array(m);
  for (let j = 0; j < m; j++) out[j] = predictedClass(probs, j, K, stride);
  return out;
}

/** Share of the m samples whose predicted class equals the label. */
export function accuracy(probs: Float64Array, y: Float64Array, m: number, K = 1, stride = m): number {
  if (m === 0) return NaN;
  let right = 0;
  for (let j = 0; j < m; j++) if (predictedClass(probs, j, K, stride) === y[j]) right++;
  return right / m;
}

/** confusion[t][p]: how many of the m samples of class t were predicted as class p (classCount × classCount). */
export function confusionMatrix(probs: Float64Array, y: Float64Array, m: number, K: number, classCount: number, stride = m): number[][] {
  const counts = Array.from({ length: classCount }, () => new Array<number>(classCount).fill(0));
  for (let j = 0; j < m; j++) counts[y[j]][predictedClass(probs, j, K, stride)]++;
  return counts;
}

/** Accuracy per true class from a confusion matrix (NaN for a class with no samples). */
export function perClassAccuracy(confusion: readonly (readonly number[])[]): number[] {
  return confusion.map((row, t) => {
    const n = row.reduce((s, v) => s + v, 0);
    return n === 0 ? NaN : row[t] / n;
  });
}
