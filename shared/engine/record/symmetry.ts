// How distinct a layer's units are. Units that start identical (zeros, constant) receive identical
// gradients and stay identical: the symmetry problem that random initialization breaks.

/**
 * Mean pairwise distance between the rows of W (rows × cols) divided by √2 × their RMS norm: about 1 for
 * independent random rows, 0 when every unit has the same weights (all-zero rows included). A layer of one
 * unit has nothing to be symmetric with and scores 1.
 */
export function unitDistinctness(W: Float64Array, rows: number, cols: number): number {
  if (rows < 2) return 1;
  let sq = 0;
  for (let i = 0; i < W.length; i++) sq += W[i] * W[i];
  const rms = Math.sqrt(sq / rows);
  let total = 0;
  for (let i = 0; i < rows; i++) {
    for (let k = i + 1; k < rows; k++) {
      let d = 0;
      for (let c = 0; c < cols; c++) {
        const e = W[i * cols + c] - W[k * cols + c];
        d += e * e;
      }
      total += Math.sqrt(d);
    }
  }
  const meanDistance = total / ((rows * (rows - 1)) / 2);
  if (meanDistance === 0) return 0;
  return meanDistance / (Math.SQRT2 * rms);
}
