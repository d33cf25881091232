// The first layer's zero-skipping products against scalar left-to-right sums, bit for bit: inputs with zero
// tiles, all-zero and zero-free inputs, −0 and NaN inputs, odd batches with pad columns, and non-finite W or
// dZ, where the skip would drop ∞·0 = NaN terms and the guard must fall back to the dense loop.
import { describe, expect, it } from 'vitest';
import { RunConfigSchema } from '../../../shared/contract/config';
import { byteImageSet } from '../helpers/image-set';
import { trainRun, type TrainPath } from '../../../shared/engine/train';
import type { Dataset } from '../../../shared/engine/types';
import { createKernelNet, type KernelNet } from '../../../shared/engine/kernel/instance';
import { loadInputs, paddedCount } from '../../../shared/engine/kernel/passes';
import { PANEL, SAMPLE_TILE } from '../../../shared/engine/kernel/layout';
import { SKIP_ALL_TILES_MAX_BYTES, SKIP_MIN_INPUTS, planSkips, skipsInputZeros } from '../../../shared/engine/kernel/zero-skip';

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648 - 0.5;
  };
}

/** Equal as doubles: the same bits up to NaN payloads (−0 and +0 differ). */
function same(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i]) && !(Number.isNaN(a[i]) && Number.isNaN(b[i]))) return false;
  return true;
}

type Pattern = 'tiles' | 'zeros' | 'dense';

/** Features × samples inputs: with `tiles`, whole features, whole samples and scattered runs are zero (some −0), one NaN. */
function inputs(d: number, m: number, pattern: Pattern, rnd: () => number): Float64Array {
  const x = new Float64Array(d * m);
  if (pattern === 'zeros') return x;
  for (let k = 0; k < d; k++) {
    for (let j = 0; j < m; j++) {
      const v = rnd();
      if (pattern === 'dense') x[k * m + j] = v + (v >= 0 ? 0.5 : -0.5);
      else if (k % 5 === 0 || j % 7 === 3 || v < 0.2) x[k * m + j] = v < -0.3 ? -0 : 0;
      else x[k * m + j] = v;
    }
  }
  if (pattern === 'tiles') x[7 * m + 1] = NaN;
  return x;
}

interface Case {
  net: KernelNet;
  d: number;
  h: number;
  m: number;
  x: Float64Array;
  W: Float64Array;
  b: Float64Array;
  dZ: Float64Array;
}

function build(d: number, h: number, m: number, pattern: Pattern, seed: number, capacity = m): Case {
  const rnd = lcg(seed);
  const net = createKernelNet({ dims: [d, h, 2], activation: 'tanh', activationParams: {}, capacity });
  const W = net.params.W[0];
  const b = net.params.b[0];
  W.forEach((_, i) => (W[i] = 2 * rnd()));
  b.forEach((_, i) => (b[i] = rnd()));
  const x = inputs(d, m, pattern, rnd);
  const dZ = new Float64Array(h * m).map(() => rnd());
  loadInputs(net, x, m, new Float64Array(m), m);
  return { net, d, h, m, x, W, b, dZ };
}

/** Z1 = W1·X + b1 by the kernel, first m columns, row-major h × m. */
function kernelZ({ net, h, m }: Case): Float64Array {
  net.fwdZ[1](paddedCount(m));
  const ld = net.layout.ld;
  const z = new Float64Array(h * m);
  for (let i = 0; i < h; i++) z.set(net.Z[1].subarray(i * ld, i * ld + m), i * m);
  return z;
}

function scalarZ({ d, h, m, x, W, b }: Case): Float64Array {
  const z = new Float64Array(h * m);
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += W[i * d + k] * x[k * m + j];
      z[i * m + j] = s + b[i];
    }
  }
  return z;
}

/** dW1 = dZ1·Xᵀ by the kernel over the m samples. */
function kernelDW({ net, h, m, dZ }: Case): Float64Array {
  const ld = net.layout.ld;
  net.dZ[1].fill(0);
  for (let i = 0; i < h; i++) net.dZ[1].set(dZ.subarray(i * m, i * m + m), i * ld);
  net.grad[1](m);
  return net.grads.dW[0].slice();
}

function scalarDW({ d, h, m, x, dZ }: Case): Float64Array {
  const w = new Float64Array(h * d);
  for (let i = 0; i < h; i++) {
    for (let k = 0; k < d; k++) {
      let s = 0;
      for (let j = 0; j < m; j++) s += dZ[i * m + j] * x[k * m + j];
      w[i * d + k] = s;
    }
  }
  return w;
}

describe('zero-skipping first-layer products', () => {
  it('are generated for inputs at least SKIP_MIN_INPUTS wide only', () => {
    expect(skipsInputZeros([SKIP_MIN_INPUTS, 3, 1])).toBe(true);
    expect(skipsInputZeros([SKIP_MIN_INPUTS - 1, 3, 1])).toBe(false);
    expect(createKernelNet({ dims: [2, 3, 1], activation: 'tanh', activationParams: {}, capacity: 10 }).layout.skipPlans).toBeNull();
  });

  it('gather every tile first while that scratch is small, tile by tile beyond', () => {
    const small = planSkips([784, 300, 10], 100, SAMPLE_TILE, PANEL)!;
    expect([small.forward.tiles, small.grad.tiles]).toEqual([25, 196]);
    expect(small.bytes).toBeLessThanOrEqual(SKIP_ALL_TILES_MAX_BYTES);
    const large = planSkips([100, 8, 2], 3000, SAMPLE_TILE, PANEL)!;
    expect([large.forward.tiles, large.grad.tiles]).toEqual([1, 1]);
  });

  const cases: [number, number, number, Pattern, number?][] = [
    [80, 13, 10, 'tiles'],
    [97, 9, 21, 'tiles', 30],
    // Scratch for every tile would be too large: tile by tile.
    [100, 9, 21, 'tiles', 3000],
    [100, 6, 15, 'zeros', 3000],
    [64, 8, 1, 'tiles'],
    [100, 12, 16, 'zeros'],
    [70, 5, 9, 'dense'],
  ];
  for (const [d, h, m, pattern, capacity] of cases) {
    it(`match scalar sums bit for bit: ${d} inputs (${pattern}), ${h} units, ${m} samples${capacity ? ` of capacity ${capacity}` : ''}`, () => {
      const c = build(d, h, m, pattern, d * 7 + m, capacity);
      // Every tile at once, except where that scratch would be too large (or there is one tile only).
      const plans = c.net.layout.skipPlans!;
      const byTile = capacity !== undefined && capacity >= 1000;
      expect(plans.grad.tiles === 1).toBe(byTile);
      expect(plans.forward.tiles === 1).toBe(byTile || paddedCount(m) === SAMPLE_TILE);
      expect(same(kernelZ(c), scalarZ(c))).toBe(true);
      expect(same(kernelDW(c), scalarDW(c))).toBe(true);
    });
  }

  it.each([undefined, 3000])('fall back to the dense sum when W holds ∞ or NaN where the input is zero (∞·0 = NaN is not skipped; capacity %s)', (capacity) => {
    const c = build(80, 13, 10, 'tiles', 3, capacity);
    // Feature 0 is zero in every sample: the skip would drop these terms.
    c.W[2 * 80] = Infinity;
    c.W[5 * 80 + 10] = NaN;
    const z = scalarZ(c);
    expect(Number.isNaN(z[2 * 10])).toBe(true);
    expect(same(kernelZ(c), z)).toBe(true);
    // Finite again: the next call skips again, with the same sums.
    c.W[2 * 80] = 1;
    c.W[5 * 80 + 10] = 1;
    expect(same(kernelZ(c), scalarZ(c))).toBe(true);
  });

  it.each([undefined, 3000])('fall back to the dense sum when dZ holds ∞ or NaN where the input is zero (capacity %s)', (capacity) => {
    const c = build(80, 13, 10, 'tiles', 4, capacity);
    c.dZ[3 * 10 + 3] = -Infinity;
    c.dZ[11 * 10 + 9] = NaN;
    const w = scalarDW(c);
    expect(Number.isNaN(w[3 * 80])).toBe(true);
    expect(same(kernelDW(c), w)).toBe(true);
  });
});

describe('training on images that are mostly zeros', () => {
  // A 3-class image set like handwritten digits: a zero border, a few lit pixels per image (about 20%).
  const side = 12;
  const sparsePixels = (n: number, d: number, salt: number): Uint8Array => {
    const rnd = lcg(salt);
    return Uint8Array.from({ length: n * d }, (_, i) => {
      const [r, c] = [Math.floor((i % d) / side), i % side];
      const inside = r >= 2 && r < side - 2 && c >= 3 && c < side - 3;
      return inside && rnd() > 0.2 ? Math.floor((rnd() + 0.5) * 255) : 0;
    });
  };
  const imageSet = (nTrain: number, nTest: number): Dataset => byteImageSet(nTrain, nTest, side, sparsePixels, 'sparse-bytes');
  const ref = { path: '/nowhere/images', sha256: '0'.repeat(64) };

  it.each([null, 30])('records exactly what the reference records (batch size %s)', (batchSize) => {
    const config = RunConfigSchema.parse({
      data: { kind: 'idx', trainImages: ref, trainLabels: ref, testImages: ref, testLabels: ref, width: side, height: side, classes: ['a', 'b', 'c'] },
      network: { dims: [side * side, 8, 3], activation: 'tanh' },
      init: { name: 'xavier_normal' },
      optimizer: { name: batchSize ? 'sgd' : 'gd', lr: 0.1, batchSize },
      iterations: 12,
      record: { costEvery: 1, checkpointEvery: 5, histogramBins: 8 },
    });
    const ds = imageSet(150, 40);
    const run = (path: TrainPath) => {
      const { trainSeconds: _, ...result } = trainRun(config, {}, { path, loadData: () => ds });
      return result;
    };
    const fast = run('fast');
    const reference = run('reference');
    expect(fast.costs).toEqual(reference.costs);
    expect(fast.finalParams).toEqual(reference.finalParams);
    expect(fast).toEqual(reference);
  });
});
