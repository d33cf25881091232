// Predictions and accuracy as the course defines them.

/** 1 where the probability is strictly above 0.5, else 0 (the course's predict). */
export function predictLabels(probs: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m);
  for (let j = 0; j < m; j++) out[j] = probs[j] > 0.5 ? 1 : 0;
  return out;
}

/** Share of the m samples whose prediction (probability > 0.5) equals the 0/1 label. */
export function accuracy(probs: Float64Array, y: Float64Array, m: number): number {
  if (m === 0) return NaN;
  let right = 0;
  for (let j = 0; j < m; j++) if ((probs[j] > 0.5 ? 1 : 0) === y[j]) right++;
  return right / m;
}
