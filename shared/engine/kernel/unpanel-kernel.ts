// Rows of a features × samples array from its transposed panels (layout.ts): the inverse of the Xᵀ copy, so a
// mini-batch's inputs are written once, sample by sample, into the panels, and X is copied from them here.
import { PANEL } from './layout';
import { Func } from './wasm/func';

/** Lanes of two vectors (a, b) of two doubles: [a0, b0] and [a1, b1]. */
const LOW = [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23];
const HIGH = [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31];

/**
 * `unpanel(xt, x, ld, rows, m)`: x[k·ld + j] = xt's feature k of sample j (panelIndex(ld, k, j)) for k < rows and
 * j < m rounded up to even (byte addresses xt and x). Column m of an odd m gets sample m's panel entries: a pad column.
 */
export function unpanelKernel(): Func {
  if (PANEL !== 4) throw new Error(`panels of ${PANEL} features are not supported here`);
  const f = new Func('unpanel', ['i32', 'i32', 'i32', 'i32', 'i32']);
  const [xt, x, ld, rows, m] = f.params;
  const src = f.local('i32');
  const dst = f.local('i32');
  const row8 = f.local('i32');
  const j = f.local('i32');
  const end = f.local('i32');
  const q = f.local('i32');
  const pairs = f.local('i32');
  const a = f.local('v128');
  const b = f.local('v128');
  f.get(ld).i32(8).i32Mul().set(row8);
  // Bytes of the m columns, rounded up to whole pairs: columns 0 … end/8 − 1.
  f.get(m).i32(1).i32Add().i32(-2).i32And().i32(8).i32Mul().set(end);
  f.get(rows).i32(2).i32DivU().set(pairs);
  // Rows 2q and 2q + 1 from the lanes at byte 16·(q mod 2) of panel q/2 (and the last row alone when rows is odd).
  const pair = (both: boolean): void => {
    f.get(q).i32(2).i32DivU().get(row8).i32Mul().i32(PANEL).i32Mul().get(q).i32(1).i32And().i32(16).i32Mul().i32Add().get(xt).i32Add().set(src);
    f.get(q).i32(2).i32Mul().get(row8).i32Mul().get(x).i32Add().set(dst);
    f.i32(0).set(j);
    f.block().loop();
    f.get(j).get(end).i32GeS().brIf(1);
    f.get(src).v128Load().set(a);
    f.get(src).v128Load(8 * PANEL).set(b);
    f.get(dst).get(a).get(b).i8x16Shuffle(LOW).v128Store();
    if (both) f.get(dst).get(row8).i32Add().get(a).get(b).i8x16Shuffle(HIGH).v128Store();
    f.inc(src, 16 * PANEL).inc(dst, 16).inc(j, 16).br(0);
    f.end().end();
  };
  f.i32(0).set(q);
  f.block().loop();
  f.get(q).get(pairs).i32GeS().brIf(1);
  pair(true);
  f.inc(q, 1).br(0);
  f.end().end();
  f.get(rows).i32(1).i32And().if();
  pair(false);
  f.end();
  return f;
}
