// Generates one layer's backward functions: the parameter gradients and the gradient passed down.
import { SAMPLE_VECS, gradBlocking, rowBlockFor } from './blocking';
import { FUSED_ACTIVATIONS } from './fused';
import type { FusedChoice } from './forward-kernel';
import { gemm } from './gemm';
import { PANEL, type Layout } from './layout';
import { Func } from './wasm/func';
import { packsB } from './pack';
import { inputSkip } from './zero-skip';

/** `grad{l}(n)`: dW = dZ·A_prevᵀ, each entry summed over the n samples in order. */
export function gradKernel(layout: Layout, l: number): Func {
  const rows = layout.dims[l];
  const cols = layout.dims[l - 1];
  const me = layout.layers[l];
  const prev = layout.layers[l - 1];
  const blocking = gradBlocking(rows, cols);
  // The column tile must be the panel (one tile is all there is when the columns fit in fewer vectors).
  if (2 * blocking.vecs !== PANEL && cols > 2 * blocking.vecs) throw new Error(`grad${l}: column tile ${2 * blocking.vecs} is not the panel width ${PANEL}`);
  return gemm({
    name: `grad${l}`,
    rows,
    depth: 'n',
    cols,
    a: { base: me.dZ, rowStride: layout.ld * 8, depthStride: 8 },
    b: { base: prev.AT, depthStride: PANEL * 8, tileStride: layout.ld * PANEL * 8 },
    ...blocking,
    order: 'rows',
    // Skipping the samples whose PANEL inputs are all zero: the guard checks dZ (it can overflow in an exploding net).
    skip: l === 1 && layout.skipPlans ? inputSkip(layout.skip, layout.skipPlans.grad, me.dZ, rows * layout.ld) : undefined,
    epilogue(f, { acc, row, col, addr: [at], halfLast }) {
      f.get(row).i32(cols * 8).i32Mul().get(col).i32(8).i32Mul().i32Add().set(at);
      acc.forEach((vs, r) => {
        vs.forEach((sum, v) => {
          const offset = me.dW + r * cols * 8 + 16 * v;
          // A vector past the last column holds one real lane: store only that one.
          if (halfLast && v === vs.length - 1) f.get(at).get(sum).store64Lane(0, offset);
          else f.get(at).get(sum).v128Store(offset);
        });
      });
    },
  });
}

/** `bias{l}(n)`: db = the pairwise (numpy np.sum) sum of each row of dZ over the n samples. */
export function biasKernel(layout: Layout, l: number, psumIndex: number): Func {
  const f = new Func(`bias${l}`, ['i32']);
  const [n] = f.params;
  const me = layout.layers[l];
  for (let i = 0; i < layout.dims[l]; i++) {
    f.i32(me.db + 8 * i);
    f.i32(me.dZ + 8 * i * layout.ld).get(n).call(psumIndex);
    f.f64Store();
  }
  return f;
}

/** `down{l}(n)`: dA_prev = Wᵀ·dZ, then dZ_prev = dA_prev·f'(…) when layer l−1's activation is fused. */
export function downKernel(layout: Layout, l: number, fused: FusedChoice | null): Func {
  const rows = layout.dims[l - 1];
  const depth = layout.dims[l];
  const me = layout.layers[l];
  const prev = layout.layers[l - 1];
  const ld8 = layout.ld * 8;
  return gemm({
    name: `down${l}`,
    rows,
    depth,
    cols: 'n',
    a: { base: me.W, rowStride: 8, depthStride: rows * 8 },
    b: { base: me.dZ, depthStride: ld8 },
    rowBlock: rowBlockFor(rows),
    vecs: SAMPLE_VECS,
    order: 'rows',
    pack: packsB(rows, depth, layout.ld) ? layout.pack : undefined,
    epilogue(f, { acc, row, col, addr: [at], tmp: [x, a] }) {
      f.get(row).i32(ld8).i32Mul().get(col).i32(8).i32Mul().i32Add().set(at);
      acc.forEach((vs, r) => {
        vs.forEach((sum, v) => {
          const offset = r * ld8 + 16 * v;
          if (!fused) {
            f.get(at).get(sum).v128Store(prev.dA + offset);
            return;
          }
          const act = FUSED_ACTIVATIONS[fused.name];
          f.get(at);
          f.get(sum);
          // dZ = dA · f'(…), in that order, as the scalar path multiplies.
          if (act.derivativeFrom === 'a') f.get(at).v128Load(prev.A + offset).set(x);
          else f.get(at).v128Load(prev.Z + offset).set(x);
          if (act.derivativeFrom === 'za') f.get(at).v128Load(prev.A + offset).set(a);
          if (act.derivative(f, x, fused.params, a)) f.f64x2Mul();
          f.v128Store(prev.dZ + offset);
        });
      });
    },
  });
}
