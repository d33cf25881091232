// A fully connected classifier: hidden layers with one activation, then one sigmoid unit (two classes) or K
// softmax units (nn/output.ts).
// Layout as the course writes it: activations are features × samples (row-major, stride m), W[l] is
// n_l × n_{l−1}, so Z[l] = W[l]·A[l−1] + b[l]. Forward and backward live side by side.
import type { Grads, Params } from '../types';
import { ACTIVATIONS, activationParams, type Activation, type ActivationName, type ActivationParams } from './activations';
import { INPUT_CHUNK, type InputMatrix } from './inputs';
import { backPropagated } from './back-propagate';
import { applyOutput, outputGradient } from './output';
import { pairwiseSum } from './sum';

/** A network's shape and hidden activation (the output: one sigmoid unit when dims ends in 1, else softmax). */
export interface Network {
  dims: readonly number[];
  hiddenName: ActivationName;
  hidden: Activation;
  hiddenParams: ActivationParams;
}

/** A network description from layer sizes, the hidden activation's name and its parameters. */
export function createNetwork(dims: readonly number[], hiddenName: ActivationName, params: ActivationParams = {}): Network {
  return { dims: [...dims], hiddenName, hidden: ACTIVATIONS[hiddenName], hiddenParams: activationParams(hiddenName, params) };
}

/** Buffers for up to `capacity` samples: per layer l (0-based, layer l + 1 of the course) Z, A, dZ, and the gradients. */
export interface Workspace {
  capacity: number;
  Z: Float64Array[]; // dims[l+1] × m
  A: Float64Array[]; // dims[l+1] × m; A[L−1] holds the output probabilities
  dZ: Float64Array[]; // dims[l+1] × m
  dA: Float64Array[]; // dims[l+1] × m, the gradient flowing into layer l + 1's output (unused for the last)
  grads: Grads;
  /** Scratch for per-sample loss terms. */
  terms: Float64Array;
}

/** Allocates a workspace for batches of at most capacity samples. */
export function createWorkspace(dims: readonly number[], capacity: number): Workspace {
  const layers = dims.slice(1);
  const make = () => layers.map((n) => new Float64Array(n * capacity));
  return {
    capacity,
    Z: make(),
    A: make(),
    dZ: make(),
    dA: make(),
    grads: {
      dW: layers.map((n, l) => new Float64Array(n * dims[l])),
      db: layers.map((n) => new Float64Array(n)),
    },
    terms: new Float64Array(capacity),
  };
}

/**
 * Forward pass on X (dims[0] × m, stride m; or a set's InputMatrix of m samples, read a chunk at a time when held
 * as bytes); fills ws.Z and ws.A and returns the output probabilities (K × m, stride m).
 */
export function forward(net: Network, params: Params, X: Float64Array | InputMatrix, m: number, ws: Workspace): Float64Array {
  const L = params.W.length;
  const x0 = X instanceof Float64Array ? X : X.dense;
  let prev = x0 ?? ws.A[0];
  for (let l = 0; l < L; l++) {
    const n = net.dims[l + 1];
    const nPrev = net.dims[l];
    const W = params.W[l];
    const b = params.b[l];
    const Z = ws.Z[l];
    const A = ws.A[l];
    if (l === 0 && x0 === null) {
      linearByChunks(W, b, X as InputMatrix, Z, n, nPrev, m);
    } else {
      // np.dot(W, A_prev) summed over k in order, then + b, as the course writes it.
      linear(W, b, prev, Z, n, nPrev, m);
    }
    // Separate loops keep each call site to one function, which the JIT can inline.
    if (l === L - 1) {
      applyOutput(Z, A, n, m, m);
    } else {
      const f = net.hidden.f;
      const p = net.hiddenParams;
      for (let e = 0; e < n * m; e++) A[e] = f(Z[e], p);
    }
    prev = A;
  }
  return ws.A[L - 1];
}

/** Z = W·prev + b over m samples (stride m): each entry summed over k in order from 0, then + b. */
export function linear(W: Float64Array, b: Float64Array, prev: Float64Array, Z: Float64Array, n: number, nPrev: number, m: number): void {
  for (let i = 0; i < n; i++) {
    const zi = i * m;
    Z.fill(0, zi, zi + m);
    for (let k = 0; k < nPrev; k++) {
      const w = W[i * nPrev + k];
      const ak = k * m;
      for (let j = 0; j < m; j++) Z[zi + j] += w * prev[ak + j];
    }
    const bi = b[i];
    for (let j = 0; j < m; j++) Z[zi + j] += bi;
  }
}

/**
 * linear() with the input gathered INPUT_CHUNK samples at a time: every entry of Z depends on its own sample
 * only and is summed in the same order, so the result is bit-identical to linear() on the whole matrix.
 */
function linearByChunks(W: Float64Array, b: Float64Array, X: InputMatrix, Z: Float64Array, n: number, nPrev: number, m: number): void {
  const chunk = Math.max(1, Math.min(INPUT_CHUNK, m));
  const x = new Float64Array(nPrev * chunk);
  for (let from = 0; from < m; from += chunk) {
    const c = Math.min(chunk, m - from);
    X.gather(x, c, from, c);
    for (let i = 0; i < n; i++) {
      const zi = i * m + from;
      Z.fill(0, zi, zi + c);
      for (let k = 0; k < nPrev; k++) {
        const w = W[i * nPrev + k];
        const ak = k * c;
        for (let j = 0; j < c; j++) Z[zi + j] += w * x[ak + j];
      }
      const bi = b[i];
      for (let j = 0; j < c; j++) Z[zi + j] += bi;
    }
  }
}

/** Backward pass after forward on the same X: fills ws.grads with dCost/dParams for class labels Y (m entries). */
export function backward(net: Network, params: Params, X: Float64Array | InputMatrix, Y: Float64Array, m: number, ws: Workspace): Grads {
  const L = params.W.length;
  const x0 = X instanceof Float64Array ? X : X.dense;
  // Every loss has dCost/dZ_L = (A_L − Y)/m; computed as (1/m)·(A_L − Y), the course's order.
  outputGradient(ws.A[L - 1], Y, ws.dZ[L - 1], net.dims[L], m, m);
  for (let l = L - 1; l >= 0; l--) {
    const n = net.dims[l + 1];
    const nPrev = net.dims[l];
    const dZ = ws.dZ[l];
    const dW = ws.grads.dW[l];
    const db = ws.grads.db[l];
    // dW = dZ · A_prevᵀ; db = row sums of dZ (np.sum(axis=1): pairwise).
    const prev = l === 0 ? x0 : ws.A[l - 1];
    if (prev === null) weightGradientByChunks(dZ, X as InputMatrix, dW, n, nPrev, m);
    for (let i = 0; i < n; i++) {
      const zi = i * m;
      if (prev !== null) {
        for (let k = 0; k < nPrev; k++) {
          const ak = k * m;
          let s = 0;
          for (let j = 0; j < m; j++) s += dZ[zi + j] * prev[ak + j];
          dW[i * nPrev + k] = s;
        }
      }
      db[i] = pairwiseSum(dZ, zi, m);
    }
    if (l === 0) break;
    // dA_prev = Wᵀ · dZ, then dZ_prev = dA_prev ⊙ f'(Z_prev) (for ReLU, the mask A_prev > 0).
    const W = params.W[l];
    const dA = ws.dA[l - 1];
    const Zp = ws.Z[l - 1];
    const Ap = ws.A[l - 1];
    const dZp = ws.dZ[l - 1];
    const df = net.hidden.df;
    const p = net.hiddenParams;
    backPropagated(W, dZ, n, nPrev, m, dA);
    for (let q = 0; q < nPrev * m; q++) dZp[q] = dA[q] * df(Zp[q], Ap[q], p);
  }
  return ws.grads;
}

/**
 * dW = dZ·Xᵀ with X gathered INPUT_CHUNK samples at a time: each entry's sum runs over the samples in order,
 * one term at a time, carried from chunk to chunk, so it is bit-identical to the sum over the whole matrix.
 */
function weightGradientByChunks(dZ: Float64Array, X: InputMatrix, dW: Float64Array, n: number, nPrev: number, m: number): void {
  const chunk = Math.max(1, Math.min(INPUT_CHUNK, m));
  const x = new Float64Array(nPrev * chunk);
  dW.fill(0, 0, n * nPrev);
  for (let from = 0; from < m; from += chunk) {
    const c = Math.min(chunk, m - from);
    X.gather(x, c, from, c);
    for (let i = 0; i < n; i++) {
      const zi = i * m + from;
      for (let k = 0; k < nPrev; k++) {
        const ak = k * c;
        let s = dW[i * nPrev + k];
        for (let j = 0; j < c; j++) s += dZ[zi + j] * x[ak + j];
        dW[i * nPrev + k] = s;
      }
    }
  }
}

/** Output probabilities for m samples given sample-major x (m × dims[0]), K × m; allocates its own workspace. */
export function predictProba(net: Network, params: Params, xSampleMajor: Float64Array, m: number): Float64Array {
  const X = toFeatureMajor(xSampleMajor, m, net.dims[0]);
  return forward(net, params, X, m, createWorkspace(net.dims, m)).slice(0, m * net.dims[net.dims.length - 1]);
}

/** Transposes sample-major rows (m × n) into the network's features × samples layout (n × m). */
export function toFeatureMajor(x: Float64Array, m: number, n: number, out = new Float64Array(n * m)): Float64Array {
  for (let j = 0; j < m; j++) for (let k = 0; k < n; k++) out[k * m + j] = x[j * n + k];
  return out;
}
