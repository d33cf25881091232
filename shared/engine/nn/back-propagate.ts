// The gradient passed down a layer, dA = Wᵀ·dZ, in the one summation order every path records: for each unit of
// the layer below, the rows of W in increasing order, one term at a time from +0.

/** dA = Wᵀ·dZ (W is nNext × n, dZ nNext × m, row stride m) into out (n × m); returns out. */
export function backPropagated(W: Float64Array, dZ: Float64Array, nNext: number, n: number, m: number, out: Float64Array): Float64Array {
  for (let k = 0; k < n; k++) {
    const ak = k * m;
    out.fill(0, ak, ak + m);
    for (let i = 0; i < nNext; i++) {
      const w = W[i * n + k];
      const zi = i * m;
      for (let j = 0; j < m; j++) out[ak + j] += w * dZ[zi + j];
    }
  }
  return out;
}
