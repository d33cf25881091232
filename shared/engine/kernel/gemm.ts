// Generates a register-blocked matrix-product function C = Â·B over f64x2 lanes (two columns of B per lane pair).
// The reduction over the depth index runs in increasing order, one term at a time, so every entry of C
// is the same left-to-right sum a scalar triple loop computes: the fast path stays bit-identical to it.
import { Func, Local } from './wasm/func';

/** Where a strided scalar operand lives: entry (row, depth) is at base + row·rowStride + depth·depthStride (bytes). */
export interface ScalarOperand {
  base: number;
  rowStride: number;
  depthStride: number;
}

/**
 * Where a row-contiguous operand lives: entry (depth, col) is at base + depth·depthStride + col·8 (bytes), or,
 * with `tileStride`, stored in panels one column tile wide: base + (col ÷ tile)·tileStride + depth·depthStride +
 * (col mod tile)·8, so a block's depth steps read consecutive bytes.
 */
export interface VectorOperand {
  base: number;
  depthStride: number;
  tileStride?: number;
}

/** What the epilogue is given for one block of rows: the accumulators and the block's position. */
export interface BlockContext {
  /** acc[r][v] holds C[row + r, col + 2v .. col + 2v + 1] (the reduction sums). */
  acc: Local[][];
  /** Runtime index of the block's first row. */
  row: Local;
  /** Runtime index of the block's first column. */
  col: Local;
  /** Scratch i32 locals for address arithmetic. */
  addr: Local[];
  /** Scratch v128 locals. */
  tmp: Local[];
  /** When set, lane 1 of the last vector of each row is past the last column and must not be stored. */
  halfLast: boolean;
}

/** A matrix-product kernel: sizes, operands, blocking and what to do with each finished block. */
export interface GemmSpec {
  name: string;
  rows: number;
  /** Depth (reduction length), or 'n' for the function's runtime parameter. */
  depth: number | 'n';
  /** Columns, or 'n' for the runtime parameter (then a multiple of 2·vecs). */
  cols: number | 'n';
  a: ScalarOperand;
  b: VectorOperand;
  /** Rows per register block. */
  rowBlock: number;
  /** f64x2 vectors (column pairs) per register block. */
  vecs: number;
  /** Emits the stores for one finished block. */
  epilogue(f: Func, ctx: BlockContext): void;
}

/** Depths up to this are unrolled. */
const UNROLL_UP_TO = 4;

/** Builds the function `name(n: i32)` computing the product described by `spec`. */
export function gemm(spec: GemmSpec): Func {
  const f = new Func(spec.name, ['i32']);
  const [n] = f.params;
  const row = f.local('i32');
  const col = f.local('i32');
  const addr = [f.local('i32'), f.local('i32'), f.local('i32')];
  const pa = f.local('i32');
  const pb = f.local('i32');
  const p = f.local('i32');
  const tile = 2 * spec.vecs;
  const maxR = Math.max(spec.rowBlock, spec.rows % spec.rowBlock);
  const acc = Array.from({ length: maxR }, () => Array.from({ length: spec.vecs }, () => f.local('v128')));
  const bv = Array.from({ length: spec.vecs }, () => f.local('v128'));
  const s = f.local('v128');
  const tmp = [f.local('v128'), f.local('v128'), f.local('v128')];

  const emitRows = (vecs: number, halfLast: boolean): void => {
    const full = Math.floor(spec.rows / spec.rowBlock);
    const rest = spec.rows % spec.rowBlock;
    f.i32(0).set(row);
    if (full > 0) {
      f.loop();
      emitBlock(spec.rowBlock, vecs, halfLast);
      f.inc(row, spec.rowBlock);
      f.get(row).i32(full * spec.rowBlock).i32LtS().brIf(0);
      f.end();
    }
    if (rest > 0) emitBlock(rest, vecs, halfLast);
  };

  // One register block: R rows × vecs vectors, reduced over the whole depth.
  const emitBlock = (R: number, vecs: number, halfLast: boolean): void => {
    const zero = (): void => {
      for (let r = 0; r < R; r++) for (let v = 0; v < vecs; v++) f.f64x2Const(0, 0).set(acc[r][v]);
    };
    // pa = a.base + row·rowStride; pb = b.base + col·8 (or the column tile's panel: col is a multiple of the tile)
    f.get(row).i32(spec.a.rowStride).i32Mul().i32(spec.a.base).i32Add().set(pa);
    f.get(col).i32(spec.b.tileStride === undefined ? 8 : spec.b.tileStride / tile).i32Mul().i32(spec.b.base).i32Add().set(pb);
    zero();
    // One depth step at byte offsets (oa, ob) from the running pointers.
    const step = (oa: number, ob: number): void => {
      for (let v = 0; v < vecs; v++) f.get(pb).v128Load(ob + 16 * v).set(bv[v]);
      for (let r = 0; r < R; r++) {
        f.get(pa).load64Splat(oa + r * spec.a.rowStride).set(s);
        for (let v = 0; v < vecs; v++) f.get(acc[r][v]).get(s).get(bv[v]).f64x2Mul().f64x2Add().set(acc[r][v]);
      }
    };
    // A short depth is unrolled; a longer one is a loop of one step per trip. Unrolling further lets
    // V8's scheduler hoist every load of the unrolled steps ahead of the arithmetic and spill them.
    if (spec.depth !== 'n' && spec.depth <= UNROLL_UP_TO) {
      for (let k = 0; k < spec.depth; k++) step(k * spec.a.depthStride, k * spec.b.depthStride);
    } else {
      if (spec.depth === 'n') f.get(n).set(p);
      else f.i32(spec.depth).set(p);
      f.block().get(p).i32Eqz().brIf(0).loop();
      step(0, 0);
      f.inc(pa, spec.a.depthStride).inc(pb, spec.b.depthStride);
      f.get(p).i32(1).i32Sub().tee(p).brIf(0);
      f.end().end();
    }
    spec.epilogue(f, { acc: acc.slice(0, R).map((a) => a.slice(0, vecs)), row, col, addr, tmp, halfLast });
  };

  f.i32(0).set(col);
  if (spec.cols === 'n') {
    f.block().get(n).i32Eqz().brIf(0).loop();
    emitRows(spec.vecs, false);
    f.inc(col, tile);
    f.get(col).get(n).i32LtS().brIf(0);
    f.end().end();
  } else {
    const full = Math.floor(spec.cols / tile);
    const rest = spec.cols % tile;
    // Whole tiles in a loop: unrolled, a wide product (784 columns: 196 tiles) is a function too large to optimize well.
    if (full > 0) {
      f.loop();
      emitRows(spec.vecs, false);
      f.inc(col, tile);
      f.get(col).i32(full * tile).i32LtS().brIf(0);
      f.end();
    }
    if (rest > 0) emitRows(Math.ceil(rest / 2), rest % 2 === 1);
  }
  return f;
}
