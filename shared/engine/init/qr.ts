// Householder QR, just enough for orthogonal initialization: the thin Q of a tall matrix.

/**
 * The thin Q (m × n, row-major) of the QR factorisation of a (m × n, m ≥ n), with each column's sign
 * chosen so that R's diagonal is positive: the unique factor PyTorch's orthogonal_ returns.
 */
export function thinQ(a: Float64Array, m: number, n: number): Float64Array {
  if (m < n) throw new RangeError(`thinQ needs a tall matrix, got ${m} × ${n}`);
  const r = Float64Array.from(a);
  const reflectors: Float64Array[] = [];
  const rDiagSign = new Float64Array(n);

  for (let k = 0; k < n; k++) {
    // v = x − α e₁ with α = −sign(x₀)‖x‖, the choice that avoids cancellation.
    const v = new Float64Array(m - k);
    let norm2 = 0;
    for (let i = k; i < m; i++) {
      v[i - k] = r[i * n + k];
      norm2 += v[i - k] * v[i - k];
    }
    const alpha = (v[0] >= 0 ? -1 : 1) * Math.sqrt(norm2);
    v[0] -= alpha;
    let vNorm2 = 0;
    for (let i = 0; i < v.length; i++) vNorm2 += v[i] * v[i];
    const vNorm = Math.sqrt(vNorm2);
    if (vNorm > 0) for (let i = 0; i < v.length; i++) v[i] /= vNorm;
    reflectors.push(v);
    applyReflector(r, n, k, v, k);
    rDiagSign[k] = r[k * n + k] < 0 ? -1 : 1;
  }

  // Q = H₀ H₁ … H_{n−1} applied to the first n columns of the identity.
  const q = new Float64Array(m * n);
  for (let i = 0; i < n; i++) q[i * n + i] = 1;
  for (let k = n - 1; k >= 0; k--) applyReflector(q, n, k, reflectors[k], 0);

  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) q[i * n + j] *= rDiagSign[j];
  return q;
}

/** x ← (I − 2vvᵀ) x on rows k.. and columns fromCol.. of an (· × cols) row-major matrix. */
function applyReflector(x: Float64Array, cols: number, k: number, v: Float64Array, fromCol: number): void {
  for (let j = fromCol; j < cols; j++) {
    let dot = 0;
    for (let i = 0; i < v.length; i++) dot += v[i] * x[(k + i) * cols + j];
    dot *= 2;
    for (let i = 0; i < v.length; i++) x[(k + i) * cols + j] -= dot * v[i];
  }
}
