// The zero-skipping ReLU kernels against the dense kernels on the same memory: every array they share must hold
// the same bits (NaN payloads included), whatever the zeros, dead units, infinities and NaNs, and the whole
// fast path must still record exactly what the reference records.
import { describe, expect, it } from 'vitest';
import { RunConfigSchema, type RunConfigInput } from '../../../shared/contract/config';
import { kernelFunctions } from '../../../shared/engine/kernel/kernel-module';
import { planLayout, type Layout } from '../../../shared/engine/kernel/layout';
import { paddedCount } from '../../../shared/engine/kernel/passes';
import { planSparseRelu, type SparsePlan } from '../../../shared/engine/kernel/sparse-layout';
import { assembleModule } from '../../../shared/engine/kernel/wasm/module';
import { wasmApi } from '../../../shared/engine/kernel/wasm/runtime';
import { trainRun } from '../../../shared/engine/train';

type Exports = Record<string, (n: number, nPad?: number) => void>;

interface Built {
  exports: Exports;
  f64: Float64Array;
  bits: BigUint64Array;
}

/** The network's module with (sparse) or without the zero-skipping kernels, on memory of its own. */
function build(layout: Layout, plan: SparsePlan, sparse: boolean): Built {
  const wasm = wasmApi()!;
  const memory = new wasm.Memory({ initial: plan.pages, maximum: plan.pages });
  const module = new wasm.Module(assembleModule(kernelFunctions(layout, { name: 'relu', params: {} }, sparse ? plan : null), plan.pages));
  const exports = new wasm.Instance(module, { env: { memory } }).exports as Exports;
  return { exports, f64: new Float64Array(memory.buffer), bits: new BigUint64Array(memory.buffer) };
}

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648 - 0.5;
  };
}

interface Case {
  dims: number[];
  n: number;
  seed: number;
  /** Added to every bias: negative values kill units (all-zero rows). */
  bias?: number;
  /** Scale of the weights (large values overflow the activations to ±∞, then NaN). */
  scale?: number;
  /** Writes extra values into the parameters or inputs before the passes (f64 view of the memory). */
  poke?(f64: Float64Array, layout: Layout): void;
}

/** Fills both memories the same way, runs a whole forward and backward pass on each, returns both. */
function runBoth(c: Case, withZ: boolean): { layout: Layout; dense: Built; sparse: Built } {
  const layout = planLayout(c.dims, c.n);
  const plan = planSparseRelu(layout, 'relu');
  if (!plan) throw new Error('expected a sparse plan');
  const L = c.dims.length - 1;
  const nPad = paddedCount(c.n);
  const [dense, sparse] = [build(layout, plan, false), build(layout, plan, true)];
  for (const net of [dense, sparse]) {
    const rnd = lcg(c.seed);
    const f64 = net.f64;
    for (let l = 1; l <= L; l++) {
      const me = layout.layers[l];
      const fan = c.dims[l - 1];
      for (let i = 0; i < c.dims[l] * fan; i++) f64[me.W / 8 + i] = (rnd() * (c.scale ?? 1) * 3.4) / Math.sqrt(fan);
      for (let i = 0; i < c.dims[l]; i++) f64[me.b / 8 + i] = rnd() * 0.2 + (c.bias ?? 0);
    }
    const x = layout.layers[0];
    for (let j = 0; j < c.dims[0]; j++) {
      for (let k = 0; k < c.n; k++) {
        const v = rnd() * 4;
        f64[x.A / 8 + j * layout.ld + k] = v;
        f64[x.AT / 8 + (j >> 2) * layout.ld * 4 + k * 4 + (j & 3)] = v;
      }
    }
    c.poke?.(f64, layout);
    if (withZ) net.exports.forwardZ(nPad);
    else net.exports.forward(nPad);
    // An output gradient with exact zeros, as σ(z) − y never is, to exercise the first product passed down.
    const dZ = layout.layers[L];
    for (let i = 0; i < c.dims[L]; i++) for (let k = 0; k < c.n; k++) f64[dZ.dZ / 8 + i * layout.ld + k] = k % 5 === 0 ? 0 : rnd();
    net.exports.backward(c.n, nPad);
  }
  return { layout, dense, sparse };
}

/** The first index of [from, to) (in doubles) where the two memories' bits differ, or −1. */
function firstDifference(a: BigUint64Array, b: BigUint64Array, from: number, to: number): number {
  for (let i = from; i < to; i++) if (a[i] !== b[i]) return i;
  return -1;
}

/** Compares every array both write (hidden Z and A only when the pass stored them). */
function expectSameBits(c: Case, withZ: boolean): { nonFinite: number; zeros: number } {
  const { layout, dense, sparse } = runBoth(c, withZ);
  const L = c.dims.length - 1;
  const ld = layout.ld;
  const arrays: [string, number, number][] = [];
  for (let l = 1; l <= L; l++) {
    const me = layout.layers[l];
    const n = c.dims[l];
    arrays.push([`dW${l}`, me.dW, n * c.dims[l - 1]], [`db${l}`, me.db, n], [`dZ${l}`, me.dZ, n * ld], [`AT${l}`, me.AT, me.panels * ld * 4]);
    if (withZ || l === L) arrays.push([`Z${l}`, me.Z, n * ld], [`A${l}`, me.A, n * ld]);
  }
  let nonFinite = 0;
  let zeros = 0;
  for (const [name, at, count] of arrays) {
    const i = firstDifference(dense.bits, sparse.bits, at / 8, at / 8 + count);
    expect(i, `${name}: first different entry ${i - at / 8} (dense ${dense.f64[i]}, sparse ${sparse.f64[i]})`).toBe(-1);
    for (let k = at / 8; k < at / 8 + count; k++) {
      if (!Number.isFinite(dense.f64[k])) nonFinite++;
      else if (dense.f64[k] === 0) zeros++;
    }
  }
  return { nonFinite, zeros };
}

describe('the zero-skipping ReLU kernels', () => {
  const cases: [string, Case][] = [
    ['a deep narrow net', { dims: [2, 32, 32, 32, 32, 32, 32, 1], n: 300, seed: 1 }],
    ['odd widths and a batch that is not a multiple of the sample tile', { dims: [3, 7, 13, 1, 5, 2], n: 37, seed: 2 }],
    ['more than 32 units (two mask words)', { dims: [5, 64, 33, 40, 3], n: 61, seed: 3 }],
    ['one sample', { dims: [2, 9, 9, 1], n: 1, seed: 4 }],
    ['dead units: negative biases leave whole rows at zero', { dims: [2, 16, 16, 16, 1], n: 50, seed: 5, bias: -0.6 }],
  ];
  for (const [name, c] of cases) {
    it(`writes what the dense kernels write: ${name}`, () => {
      const { zeros } = expectSameBits(c, true);
      expect(zeros).toBeGreaterThan(0);
      expectSameBits(c, false);
    });
  }

  it('writes what the dense kernels write when the activations overflow to ±∞ and NaN', () => {
    const { nonFinite } = expectSameBits({ dims: [2, 24, 24, 24, 24, 24, 24, 24, 1], n: 41, seed: 6, scale: 1e60 }, true);
    expect(nonFinite).toBeGreaterThan(0);
  });

  it('takes every term when a weight is infinite or NaN, so ∞·0 gives the dense kernels\' NaN', () => {
    const poke = (f64: Float64Array, layout: Layout) => {
      // Row 0 of W2 and W3 meets every zero activation of layer 1 and 2; W4 gets a NaN.
      f64[layout.layers[2].W / 8 + 3] = Infinity;
      f64[layout.layers[3].W / 8 + 5] = -Infinity;
      f64[layout.layers[4].W / 8 + 1] = NaN;
    };
    const { nonFinite } = expectSameBits({ dims: [2, 12, 11, 12, 12, 1], n: 23, seed: 7, poke }, true);
    expect(nonFinite).toBeGreaterThan(0);
  });

  it('takes every term when an input activation is infinite', () => {
    const poke = (f64: Float64Array, layout: Layout) => {
      f64[layout.layers[0].A / 8 + 4] = Infinity;
      f64[layout.layers[0].AT / 8 + 4 * 4] = Infinity;
    };
    expectSameBits({ dims: [2, 12, 12, 12, 1], n: 19, seed: 8, poke }, true);
  });
});

describe('the fast path on the zero-skipping ReLU kernels', () => {
  const run = (input: RunConfigInput) => {
    const config = RunConfigSchema.parse(input);
    const [fast, ref] = (['fast', 'reference'] as const).map((path) => trainRun(config, {}, { path }));
    const { trainSeconds: _a, ...f } = fast;
    const { trainSeconds: _b, ...r } = ref;
    expect(f).toEqual(r);
    return fast;
  };
  const record = { costEvery: 1, checkpointEvery: 20, boundaryGrid: 5, histogramBins: 4, layerStats: true };

  it('records exactly what the reference records: a deep narrow net, full batch', () => {
    run({
      data: { kind: 'moons', nTrain: 120, nTest: 30, noise: 0.2, seed: 1 },
      network: { dims: [2, 32, 32, 32, 32, 32, 32, 32, 32, 1], activation: 'relu' },
      init: { name: 'he_normal' },
      optimizer: { name: 'gd', lr: 0.1 },
      iterations: 60,
      record,
    });
  });

  it('records exactly what the reference records: mini-batches with a short last batch, odd widths, softmax', () => {
    run({
      data: { kind: 'spiral', nTrain: 97, nTest: 31, noise: 0.1, seed: 5 },
      network: { dims: [2, 13, 7, 21, 2], activation: 'relu' },
      init: { name: 'he_uniform', bias: -0.05 },
      optimizer: { name: 'momentum', lr: 0.05, batchSize: 32 },
      iterations: 50,
      loss: 'stable',
      record,
    });
  });

  it('records exactly what the reference records: a net that explodes to non-finite values', () => {
    const fast = run({
      data: { kind: 'moons', nTrain: 64, nTest: 16, noise: 0.2, seed: 3 },
      network: { dims: [2, 16, 16, 16, 16, 16, 16, 16, 16, 1], activation: 'relu' },
      init: { name: 'he_normal', multiplier: 1e45 },
      optimizer: { name: 'gd', lr: 0.1 },
      iterations: 10,
      record: { ...record, checkpointEvery: 1 },
    });
    expect(fast.costs.some((c) => !Number.isFinite(c.cost))).toBe(true);
  });
});
