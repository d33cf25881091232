// Generates one layer's forward function: Z = W·A_prev + b, then (if fused) A = f(Z) and its transpose.
import { SAMPLE_VECS, rowBlockFor } from './blocking';
import { FUSED_ACTIVATIONS, type FusedActivationName } from './fused';
import { gemm } from './gemm';
import type { Layout } from './layout';
import type { Func } from './wasm/func';

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
  const ldT8 = me.ldT * 8;
  const keepZ = storeZ || !fused;
  return gemm({
    name: fused && storeZ ? `fwdz${l}` : `fwd${l}`,
    rows,
    depth,
    cols: 'n',
    a: { base: me.W, rowStride: depth * 8, depthStride: 8 },
    b: { base: prev.A, depthStride: ld8 },
    rowBlock: rowBlockFor(rows),
    vecs: SAMPLE_VECS,
    epilogue(f, { acc, row, col, addr: [at, atT], tmp: [z, a, bias] }) {
      // at = row·ld + col (features × samples), atT = col·ldT + row (transposed), in bytes.
      f.get(row).i32(ld8).i32Mul().get(col).i32(8).i32Mul().i32Add().set(at);
      f.get(row).i32(8).i32Mul().tee(atT).get(col).i32(ldT8).i32Mul().i32Add().set(atT);
      acc.forEach((vs, r) => {
        f.get(row).i32(8).i32Mul().load64Splat(me.b + 8 * r).set(bias);
        vs.forEach((sum, v) => {
          // The bias is added after the whole sum, as W·A + b evaluates.
          f.get(sum).get(bias).f64x2Add().set(z);
          if (keepZ) f.get(at).get(z).v128Store(me.Z + r * ld8 + 16 * v);
          if (!fused) return;
          FUSED_ACTIVATIONS[fused.name].forward(f, z, fused.params);
          f.set(a);
          f.get(at).get(a).v128Store(me.A + r * ld8 + 16 * v);
          f.get(atT).get(a).store64Lane(0, me.AT + 2 * v * ldT8 + 8 * r);
          f.get(atT).get(a).store64Lane(1, me.AT + (2 * v + 1) * ldT8 + 8 * r);
        });
      });
    },
  });
}
