// Generates one layer's forward function: Z = W·A_prev + b, then (if fused) A = f(Z) and its transpose.
import { SAMPLE_VECS, rowBlockFor } from './blocking';
import { FUSED_ACTIVATIONS, type FusedActivationName } from './fused';
import { gemm } from './gemm';
import { PANEL, type Layout } from './layout';
import type { Func } from './wasm/func';
import { inputSkip } from './zero-skip';
import { packsB } from './pack';

/** A fused activation by name with its numeric parameters. */
export interface FusedChoice {
  name: FusedActivationName;
  params: Readonly<Record<string, number>>;
}

/**
 * `fwd{l}(n)` (or `fwdz{l}` when `storeZ` and the layer is fused): layer l's forward pass over the first n
 * (a multiple of SAMPLE_TILE) samples. Without a fused activation Z is always stored; with one, storing Z
 * is optional, for the iterations that record it.
 */
export function forwardKernel(layout: Layout, l: number, fused: FusedChoice | null, storeZ = true): Func {
  const rows = layout.dims[l];
  const depth = layout.dims[l - 1];
  const me = layout.layers[l];
  const prev = layout.layers[l - 1];
  const ld8 = layout.ld * 8;
  const panel8 = layout.ld * PANEL * 8;
  const rowBlock = rowBlockFor(rows);
  // Blocks of whole panels start on a panel: row r of the block is the panel's row r.
  const alignedRows = rowBlock % PANEL === 0;
  const keepZ = storeZ || !fused;
  const skip = l === 1 ? layout.skipPlans : null;
  return gemm({
    name: fused && storeZ ? `fwdz${l}` : `fwd${l}`,
    rows,
    depth,
    cols: 'n',
    a: { base: me.W, rowStride: depth * 8, depthStride: 8 },
    b: { base: prev.A, depthStride: ld8 },
    rowBlock,
    vecs: SAMPLE_VECS,
    // The rows of W stay in L1 while the activations (300 × 100: 240 KB) stream from L2.
    order: 'rows',
    // The first layer's input is often mostly zeros (images): skip them where that is exact.
    skip: skip ? inputSkip(layout.skip, skip.forward, me.W, rows * depth) : undefined,
    pack: !skip && packsB(rows, depth, layout.ld) ? layout.pack : undefined,
    epilogue(f, { acc, row, col, addr: [at, atT, t], tmp: [z, a, bias] }) {
      // at = row·ld + col (features × samples), in bytes.
      f.get(row).i32(ld8).i32Mul().get(col).i32(8).i32Mul().i32Add().set(at);
      // atT = the transposed entry (feature row + r, sample col): its panel, its place in the panel (bytes).
      const transposedAt = (r: number): void => {
        if (alignedRows && r > 0) return;
        f.get(row);
        if (r > 0) f.i32(r).i32Add();
        f.tee(t).i32(2).i32ShrU().i32(panel8).i32Mul();
        f.get(t).i32(3).i32And().i32(8).i32Mul().i32Add();
        f.get(col).i32(PANEL * 8).i32Mul().i32Add().i32(me.AT).i32Add().set(atT);
      };
      acc.forEach((vs, r) => {
        if (fused) transposedAt(r);
        const rowInPanel = alignedRows ? 8 * r : 0;
        f.get(row).i32(8).i32Mul().load64Splat(me.b + 8 * r).set(bias);
        vs.forEach((sum, v) => {
          // The bias is added after the whole sum, as W·A + b evaluates.
          f.get(sum).get(bias).f64x2Add().set(z);
          if (keepZ) f.get(at).get(z).v128Store(me.Z + r * ld8 + 16 * v);
          if (!fused) return;
          FUSED_ACTIVATIONS[fused.name].forward(f, z, fused.params);
          f.set(a);
          f.get(at).get(a).v128Store(me.A + r * ld8 + 16 * v);
          f.get(atT).get(a).store64Lane(0, rowInPanel + 2 * v * PANEL * 8);
          f.get(atT).get(a).store64Lane(1, rowInPanel + (2 * v + 1) * PANEL * 8);
        });
      });
    },
  });
}
