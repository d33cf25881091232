// The forward and backward passes of a compiled network: the kernels in layer order, with the parts that
// need Math.exp/Math.log/Math.tanh (non-fused activations) done here in JavaScript on the same memory.
import type { Activation, ActivationParams } from '../nn/activations';
import type { KernelNet } from './instance';
import { PANEL, SAMPLE_TILE, panelIndex } from './layout';

/** The batch size rounded up to whole sample tiles (the sample-direction kernels' column count). */
export function paddedCount(n: number): number {
  return Math.ceil(n / SAMPLE_TILE) * SAMPLE_TILE;
}

/**
 * Copies n samples into the input arrays: X (features × samples), Xᵀ (unless `forwardOnly`: only the first
 * layer's weight gradient reads it) and the labels Y. The source x is features × samples with row stride
 * `stride` (the layout of RunSetup.xTrain and of a mini-batch). Pad columns up to the sample tile are
 * zeroed so the padded kernels only ever see finite inputs.
 */
export function loadInputs(net: KernelNet, x: Float64Array, stride: number, y: Float64Array | null, n: number, forwardOnly = false): void {
  const n0 = net.layout.dims[0];
  const ld = net.layout.ld;
  const X = net.A[0];
  const XT = net.AT[0];
  const nPad = paddedCount(n);
  if (n > net.layout.capacity) throw new RangeError(`batch of ${n} exceeds the network's capacity ${net.layout.capacity}`);
  for (let k = 0; k < n0; k++) {
    X.set(x.subarray(k * stride, k * stride + n), k * ld);
    X.fill(0, k * ld + n, k * ld + nPad);
    if (forwardOnly) continue;
    for (let j = 0, at = panelIndex(ld, k, 0); j < n; j++, at += PANEL) XT[at] = x[k * stride + j];
  }
  if (y) {
    net.Y.set(y.subarray(0, n));
    net.Y.fill(0, n, nPad);
  }
}

/**
 * Runs the hidden layers and the output layer's linear part: Z[L] holds the logits of the n samples.
 * Hidden Z[l] are written only when `withZ` (or when the backward pass needs them).
 */
export function forwardLogits(net: KernelNet, n: number, act: Activation, p: ActivationParams, withZ = true): void {
  const L = net.layout.dims.length - 1;
  const nPad = paddedCount(n);
  if (net.passes) {
    if (withZ) net.passes.forwardZ(nPad);
    else net.passes.forward(nPad);
    return;
  }
  const fwd = withZ ? net.fwdZ : net.fwd;
  for (let l = 1; l <= L; l++) {
    fwd[l](nPad);
    if (l < L && !net.fusedHidden) activateInJs(net, l, nPad, act, p);
  }
}

/** A[l] = f(Z[l]) and its transpose, for the first nPad columns. */
function activateInJs(net: KernelNet, l: number, nPad: number, act: Activation, p: ActivationParams): void {
  const rows = net.layout.dims[l];
  const ld = net.layout.ld;
  const Z = net.Z[l];
  const A = net.A[l];
  const AT = net.AT[l];
  const f = act.f;
  for (let i = 0; i < rows; i++) {
    for (let j = 0, at = panelIndex(ld, i, 0); j < nPad; j++, at += PANEL) {
      const a = f(Z[i * ld + j], p);
      A[i * ld + j] = a;
      AT[at] = a;
    }
  }
}

/** Backpropagates dZ[L] (set by the caller for the n samples, pad columns zero) into every dW and db. */
export function backward(net: KernelNet, n: number, act: Activation, p: ActivationParams): void {
  const L = net.layout.dims.length - 1;
  const nPad = paddedCount(n);
  if (net.passes) {
    net.passes.backward(n, nPad);
    return;
  }
  for (let l = L; l >= 1; l--) {
    net.grad[l](n);
    net.bias[l](n);
    if (l < 2) continue;
    net.down[l](nPad);
    if (!net.fusedHidden) derivativeInJs(net, l - 1, nPad, act, p);
  }
}

/** dZ[l] = dA[l]·f'(Z[l], A[l]) for the first nPad columns. */
function derivativeInJs(net: KernelNet, l: number, nPad: number, act: Activation, p: ActivationParams): void {
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
