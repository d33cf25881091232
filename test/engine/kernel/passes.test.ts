import { describe, expect, it } from 'vitest';
import { createKernelNet, type KernelNet } from '../../../shared/engine/kernel/instance';
import { panelIndex } from '../../../shared/engine/kernel/layout';
import { backward, forwardLogits, loadInputs, paddedCount } from '../../../shared/engine/kernel/passes';
import { ACTIVATIONS, type Activation } from '../../../shared/engine/nn/activations';

// Scalar references written as plain triple loops over features × samples arrays (stride m), summing in
// index order from 0: the kernels must reproduce them bit for bit (only dW/dA/Z use sequential sums;
// db is checked separately against the pairwise sum).

const ACTS: Record<string, Activation & { p: Record<string, number> }> = {
  relu: { ...ACTIVATIONS.relu, p: {} },
  leaky_relu: { ...ACTIVATIONS.leaky_relu, p: { slope: 0.07 } },
  linear: { ...ACTIVATIONS.linear, p: {} },
  tanh: { ...ACTIVATIONS.tanh, p: {} },
  elu: { ...ACTIVATIONS.elu, p: {} },
  selu: { ...ACTIVATIONS.selu, p: {} },
  sigmoid: { ...ACTIVATIONS.sigmoid, p: {} },
};

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648 - 0.5;
  };
}

interface Reference {
  Z: Float64Array[];
  A: Float64Array[];
  dZ: Float64Array[];
  dW: Float64Array[];
}

function reference(dims: number[], W: Float64Array[], b: Float64Array[], X: Float64Array, dZL: Float64Array, m: number, act: Activation, p: Record<string, number>): Reference {
  const L = dims.length - 1;
  const Z: Float64Array[] = [new Float64Array(0)];
  const A: Float64Array[] = [X];
  for (let l = 1; l <= L; l++) {
    const z = new Float64Array(dims[l] * m);
    for (let i = 0; i < dims[l]; i++) {
      for (let j = 0; j < m; j++) {
        let s = 0;
        for (let k = 0; k < dims[l - 1]; k++) s += W[l - 1][i * dims[l - 1] + k] * A[l - 1][k * m + j];
        z[i * m + j] = s + b[l - 1][i];
      }
    }
    Z.push(z);
    A.push(l < L ? z.map((v) => act.f(v, p)) : z);
  }
  const dZ: Float64Array[] = new Array(L + 1);
  const dW: Float64Array[] = new Array(L + 1);
  dZ[L] = dZL;
  for (let l = L; l >= 1; l--) {
    const w = new Float64Array(dims[l] * dims[l - 1]);
    for (let i = 0; i < dims[l]; i++) {
      for (let k = 0; k < dims[l - 1]; k++) {
        let s = 0;
        for (let j = 0; j < m; j++) s += dZ[l][i * m + j] * A[l - 1][k * m + j];
        w[i * dims[l - 1] + k] = s;
      }
    }
    dW[l] = w;
    if (l === 1) break;
    const dz = new Float64Array(dims[l - 1] * m);
    for (let k = 0; k < dims[l - 1]; k++) {
      for (let j = 0; j < m; j++) {
        let s = 0;
        for (let i = 0; i < dims[l]; i++) s += W[l - 1][i * dims[l - 1] + k] * dZ[l][i * m + j];
        dz[k * m + j] = s * act.df(Z[l - 1][k * m + j], A[l - 1][k * m + j], p);
      }
    }
    dZ[l - 1] = dz;
  }
  return { Z, A, dZ, dW };
}

function setup(dims: number[], m: number, actName: string, seed: number, capacity = m) {
  const act = ACTS[actName];
  const net = createKernelNet({ dims, activation: actName, activationParams: act.p, capacity });
  const rnd = lcg(seed);
  net.params.W.forEach((w) => w.forEach((_, i) => (w[i] = 2 * rnd())));
  net.params.b.forEach((b) => b.forEach((_, i) => (b[i] = rnd())));
  // Features × samples, as the training loop hands data over.
  const x = new Float64Array(m * dims[0]).map(() => 3 * rnd());
  const y = new Float64Array(m).map(() => (rnd() > 0 ? 1 : 0));
  const dZL = new Float64Array(m).map(() => rnd() / m);
  return { net, act, x, y, dZL };
}

/** Row i of a features × samples kernel array (stride ld), first m columns. */
function row(net: KernelNet, a: Float64Array, i: number, m: number): number[] {
  return Array.from(a.subarray(i * net.layout.ld, i * net.layout.ld + m));
}

function refRow(a: Float64Array, i: number, m: number): number[] {
  return Array.from(a.subarray(i * m, i * m + m));
}

const CASES: [number[], number, string][] = [
  [[2, 10, 5, 1], 300, 'relu'],
  [[3, 7, 1], 13, 'relu'],
  [[2, 1, 3, 1], 1, 'relu'],
  [[5, 9, 4, 6, 1], 37, 'leaky_relu'],
  [[2, 64, 64, 1], 70, 'relu'],
  [[4, 6, 1], 9, 'linear'],
  [[2, 5, 3, 1], 11, 'tanh'],
  [[3, 4, 4, 1], 6, 'elu'],
  [[2, 7, 5, 1], 10, 'selu'],
  // Layers of several transposed panels, a partial last panel and row blocks that do not start on one.
  [[13, 30, 9, 1], 21, 'tanh'],
  [[6, 11, 1], 7, 'sigmoid'],
];

describe('kernel passes', () => {
  for (const [dims, m, actName] of CASES) {
    it(`match scalar triple loops bit for bit on [${dims}] ${actName} with ${m} samples`, () => {
      const { net, act, x, y, dZL } = setup(dims, m, actName, dims.length * 31 + m);
      const L = dims.length - 1;
      loadInputs(net, x, m, y, m);
      forwardLogits(net, m, act, act.p);
      const ref = reference(dims, net.params.W, net.params.b, x, dZL, m, act, act.p);
      for (let l = 1; l <= L; l++) {
        for (let i = 0; i < dims[l]; i++) {
          expect(row(net, net.Z[l], i, m)).toEqual(refRow(ref.Z[l], i, m));
          if (l < L) expect(row(net, net.A[l], i, m)).toEqual(refRow(ref.A[l], i, m));
        }
      }
      net.dZ[L].fill(0);
      net.dZ[L].set(dZL);
      backward(net, m, act, act.p);
      for (let l = 1; l <= L; l++) {
        expect(Array.from(net.grads.dW[l - 1])).toEqual(Array.from(ref.dW[l]));
        if (l < L) for (let i = 0; i < dims[l]; i++) expect(row(net, net.dZ[l], i, m)).toEqual(refRow(ref.dZ[l], i, m));
      }
    });
  }

  it('keeps the transposed activations equal to the activations', () => {
    const { net, act, x, y } = setup([2, 6, 5, 1], 10, 'relu', 5);
    loadInputs(net, x, 10, y, 10);
    forwardLogits(net, 10, act, act.p);
    const ld = net.layout.ld;
    for (const l of [0, 1, 2]) {
      for (let i = 0; i < net.layout.dims[l]; i++) for (let j = 0; j < 10; j++) expect(net.AT[l][panelIndex(ld, i, j)]).toBe(net.A[l][i * ld + j]);
    }
  });

  it('loads the first n columns of strided features × samples data and zeroes the pad columns', () => {
    const { net, x, y } = setup([2, 3, 1], 3, 'relu', 9, 8);
    net.A[0].fill(7);
    loadInputs(net, x, 3, y, 2);
    const ld = net.layout.ld;
    expect([net.A[0][0], net.A[0][1], net.A[0][ld], net.A[0][ld + 1]]).toEqual([x[0], x[1], x[3], x[4]]);
    expect([net.Y[0], net.Y[1]]).toEqual([y[0], y[1]]);
    expect(Array.from(net.A[0].subarray(2, paddedCount(2)))).toEqual([0, 0]);
    expect([net.AT[0][panelIndex(ld, 0, 0)], net.AT[0][panelIndex(ld, 1, 0)], net.AT[0][panelIndex(ld, 0, 1)]]).toEqual([x[0], x[3], x[1]]);
  });

  it('leaves the transposed inputs alone when loading for a forward pass only', () => {
    const { net, x } = setup([2, 3, 1], 3, 'relu', 9, 8);
    net.AT[0].fill(7);
    loadInputs(net, x, 3, null, 3, true);
    expect(net.AT[0].every((v) => v === 7)).toBe(true);
    expect(net.A[0][1]).toBe(x[1]);
  });

  it('never produces a −0 pre-activation (so pmax(z, 0) is the registry ReLU), even from a −0 bias', () => {
    const { net, act } = setup([2, 3, 1], 4, 'relu', 3);
    net.params.W[0].set([0, 0, 1, -1, -0, -0]);
    net.params.b[0].set([-0, -0, -0]);
    loadInputs(net, Float64Array.from([1, -2, 0, 5, 1, -2, 0, 5]), 4, null, 4);
    forwardLogits(net, 4, act, act.p);
    const ld = net.layout.ld;
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 4; j++) {
        expect(Object.is(net.Z[1][i * ld + j], -0)).toBe(false);
        expect(Object.is(net.A[1][i * ld + j], act.f(net.Z[1][i * ld + j], act.p))).toBe(true);
      }
    }
  });

  it('leaves hidden pre-activations unwritten when asked, with the same activations and logits', () => {
    const { net, act, x, y } = setup([2, 6, 5, 1], 12, 'relu', 7);
    loadInputs(net, x, 12, y, 12);
    forwardLogits(net, 12, act, act.p, true);
    const [A1, A2, ZL] = [net.A[1].slice(), net.A[2].slice(), net.Z[3].slice()];
    net.Z[1].fill(42);
    forwardLogits(net, 12, act, act.p, false);
    expect(net.Z[1].every((v) => v === 42)).toBe(true);
    expect([net.A[1], net.A[2], net.Z[3]]).toEqual([A1, A2, ZL]);
  });

  it('computes ReLU of NaN and −0 as the registry does, and masks infinite gradients to NaN', () => {
    const { net, act } = setup([1, 2, 1], 4, 'relu', 1);
    net.params.W[0].set([1, -1]);
    net.params.b[0].set([0, 0]);
    net.params.W[1].set([Infinity, 1]);
    loadInputs(net, new Float64Array([NaN, -0, 2, -3]), 4, new Float64Array(4), 4);
    forwardLogits(net, 4, act, act.p);
    const a = [0, 1].map((i) => Array.from(net.A[1].subarray(i * net.layout.ld, i * net.layout.ld + 4)));
    expect(a).toEqual([[NaN, 0, 2, 0], [NaN, 0, 0, 3]].map((r) => r.map((z) => act.f(z, act.p))));
    expect(a).toEqual([[NaN, 0, 2, 0], [NaN, 0, 0, 3]]);
    expect(Object.is(a[0][1], 0)).toBe(true);
    net.dZ[2].fill(0);
    net.dZ[2].set([1, 1, 1, 1]);
    backward(net, 4, act, act.p);
    // dA row 0 is ∞; where the mask is 0, ∞·0 = NaN, as dA · (a > 0 ? 1 : 0) gives.
    expect(Array.from(net.dZ[1].subarray(0, 4))).toEqual([NaN, NaN, Infinity, NaN]);
  });
});
