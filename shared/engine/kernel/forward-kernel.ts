// Generates one layer's forward function: Z = W·A_prev + b, then (if fused) A = f(Z) and its transpose.
import { SAMPLE_VECS, rowBlockFor } from './blocking';
import { FUSED_ACTIVATIONS, type FusedActivationName } from './fused';
import { gemm } from './gemm';
import type { Layout } from './layout';
import type { Func } from './wasm/func';

/** `fwd{l}(n)`: layer l's forward pass over the first n (a multiple of SAMPLE_TILE) samples. */
export function forwardKernel(
  layout: Layout,
  l: number,
  fused: { name: FusedActivationName; params: Readonly<Record<string, number>> } | null,
): Func {
  const rows = layout.dims[l];
  const depth = layout.dims[l - 1];
  const me = layout.layers[l];
  const prev = layout.layers[l - 1];
  const ld8 = layout.ld * 8;
  const ldT8 = me.ldT * 8;
  return gemm({
    name: `fwd${l}`,
    rows,
    depth,
    cols: 'n',
    a: { base: me.W, rowStride: depth * 8, depthStride: 8 },
    b: { base: prev.A, depthStride: ld8 },
    rowBlock: rowBlockFor(rows),
    vecs: SAMPLE_VECS,
    epilogue(f, { acc, row, col, addr: [at, atT, atB], tmp: [z, a] }) {
      // at = row·ld + col (features × samples), atT = col·ldT + row (transposed), atB = row (bias), in bytes.
      f.get(row).i32(ld8).i32Mul().get(col).i32(8).i32Mul().i32Add().set(at);
      f.get(row).i32(8).i32Mul().tee(atB).get(col).i32(ldT8).i32Mul().i32Add().set(atT);
      acc.forEach((vs, r) => {
        vs.forEach((sum, v) => {
          // The bias is added after the whole sum, as W·A + b evaluates.
          f.get(sum).get(atB).load64Splat(me.b + 8 * r).f64x2Add().set(z);
          f.get(at).get(z).v128Store(me.Z + r * ld8 + 16 * v);
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
