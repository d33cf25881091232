// The forward and backward passes of a compiled network: the kernels in layer order, with the parts that
// need Math.exp/Math.log/Math.tanh (non-fused activations) done here in JavaScript on the same memory.
import { SAMPLE_TILE } from './layout';
import type { KernelNet } from './instance';

/** A hidden activation evaluated in JavaScript: a = f(z) and da/dz from (z, a). */
export interface ScalarActivation {
  f(z: number, p: Readonly<Record<string, number>>): number;
  df(z: number, a: number, p: Readonly<Record<string, number>>): number;
}

/** The batch size rounded up to whole sample tiles (the sample-direction kernels' column count). */
export function paddedCount(n: number): number {
  return Math.ceil(n / SAMPLE_TILE) * SAMPLE_TILE;
}

/**
 * Copies n samples into the input arrays: X (features × samples), Xᵀ, and the labels Y.
 * Sample j is row `rows[j]` of the sample-major x (or row j when rows is null). Pad columns are zeroed.
 */
export function loadBatch(net: KernelNet, x: Float64Array, y: Float64Array | null, n: number, rows: ArrayLike<number> | null): void {
  const n0 = net.layout.dims[0];
  const ld = net.layout.ld;
  const ldT = net.layout.layers[0].ldT;
  const X = net.A[0];
  const XT = net.AT[0];
  const Y = net.Y;
  const nPad = paddedCount(n);
  if (n > net.layout.capacity) throw new Error(`batch of ${n} exceeds the network's capacity ${net.layout.capacity}`);
  for (let j = 0; j < n; j++) {
    const src = (rows === null ? j : rows[j]) * n0;
    for (let k = 0; k < n0; k++) {
      const v = x[src + k];
      X[k * ld + j] = v;
      XT[j * ldT + k] = v;
    }
    if (y) Y[j] = y[rows === null ? j : rows[j]];
  }
  for (let j = n; j < nPad; j++) {
    for (let k = 0; k < n0; k++) X[k * ld + j] = 0;
    Y[j] = 0;
  }
}

/** Runs the hidden layers and the output layer's linear part: Z[L] holds the logits of the n samples. */
export function forwardLogits(net: KernelNet, n: number, act: ScalarActivation, p: Readonly<Record<string, number>>): void {
  const L = net.layout.dims.length - 1;
  const nPad = paddedCount(n);
  for (let l = 1; l <= L; l++) {
    net.fwd[l](nPad);
    if (l < L && !net.fusedHidden) activateInJs(net, l, nPad, act, p);
  }
}

/** A[l] = f(Z[l]) and its transpose, for the first nPad columns. */
function activateInJs(net: KernelNet, l: number, nPad: number, act: ScalarActivation, p: Readonly<Record<string, number>>): void {
  const rows = net.layout.dims[l];
  const ld = net.layout.ld;
  const ldT = net.layout.layers[l].ldT;
  const Z = net.Z[l];
  const A = net.A[l];
  const AT = net.AT[l];
  const f = act.f;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < nPad; j++) {
      const a = f(Z[i * ld + j], p);
      A[i * ld + j] = a;
      AT[j * ldT + i] = a;
    }
  }
}

/** Backpropagates dZ[L] (set by the caller for the n samples, pad columns zero) into every dW and db. */
export function backward(net: KernelNet, n: number, act: ScalarActivation, p: Readonly<Record<string, number>>): void {
  const L = net.layout.dims.length - 1;
  const nPad = paddedCount(n);
  for (let l = L; l >= 1; l--) {
    net.grad[l](n);
    net.bias[l](n);
    if (l < 2) continue;
    net.down[l](nPad);
    if (!net.fusedHidden) derivativeInJs(net, l - 1, nPad, act, p);
  }
}

/** dZ[l] = dA[l]·f'(Z[l], A[l]) for the first nPad columns. */
function derivativeInJs(net: KernelNet, l: number, nPad: number, act: ScalarActivation, p: Readonly<Record<string, number>>): void {
  const rows = net.layout.dims[l];
  const ld = net.layout.ld;
  const Z = net.Z[l];
  const A = net.A[l];
  const dA = net.dA[l];
  const dZ = net.dZ[l];
  const df = act.df;
  for (let i = 0; i < rows; i++) {
    for (let j = i * ld, end = i * ld + nPad; j < end; j++) dZ[j] = dA[j] * df(Z[j], A[j], p);
  }
}
