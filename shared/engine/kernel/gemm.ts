// Generates a register-blocked matrix-product function C = Â·B over f64x2 lanes (two columns of B per lane pair).
// The reduction over the depth index runs in increasing order, one term at a time, so every entry of C
// is the same left-to-right sum a scalar triple loop computes: the fast path stays bit-identical to it.
// Options: the blocks' loop order, packing B into contiguous panels first, and skipping all-zero depth steps of B
// (exact too: see ZeroSkip).
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
  /**
   * Loop order of the blocks: 'cols' (default) runs every block of rows for one column tile, so the tile of B stays
   * in L1 while A streams; 'rows' runs every column tile for one block of rows, so the rows of A stay in L1 while B streams.
   * A product that skips zeros picks its own order (see ZeroSkip).
   */
  order?: 'cols' | 'rows';
  /**
   * When set, B (depth × n, row-contiguous, no tileStride) is first copied into column-tile panels at this byte
   * offset (n·depth doubles), so every depth step of a block reads the next 16·vecs bytes, not a new cache line.
   */
  pack?: number;
  /** When set, depth steps whose B values are all zero are skipped (see ZeroSkip). */
  skip?: ZeroSkip;
  /** Emits the stores for one finished block. */
  epilogue(f: Func, ctx: BlockContext): void;
}

/**
 * Skipping the depth steps of a column tile whose B values are all ±0. Exact: an accumulator starts at +0 and
 * under round-to-nearest never becomes −0 (x + y is −0 only when both are −0), so adding a ±0 term leaves it
 * unchanged, provided the term is a finite A value times ±0 (∞·0 is NaN). The kernel gathers each full column
 * tile's non-zero depth steps (their A offsets and B vectors, in increasing depth order) into `scratch`, then
 * reduces over those only, unless the tile has more than `denseAbove` of them. With `tiles` > 1 it gathers every
 * tile first and runs the blocks rows-outer (A's rows stay in L1); with `tiles` = 1, tile by tile.
 */
export interface ZeroSkip {
  /** Byte offset of the scratch (zeroSkipBytes(capacity, vecs, tiles) bytes). */
  scratch: number;
  /** Largest depth the scratch holds (the depth, or the largest runtime n). */
  capacity: number;
  /** Column tiles the scratch holds at once: 1, or at least the product's largest tile count. */
  tiles: number;
  /** A tile with more non-zero steps than this fraction of its depth runs the dense loop. */
  denseAbove: number;
  /** Emits code leaving an i32 on the stack: non-zero when every A value this call reads is finite. */
  guard(f: Func): void;
}

/** Bytes of one tile's gathered steps: `capacity` i32 A offsets, then (16-aligned) `capacity` entries of `vecs` vectors. */
function tileBytes(capacity: number, vecs: number): number {
  return Math.ceil((4 * capacity) / 16) * 16 + capacity * 16 * vecs;
}

/** Bytes of scratch a ZeroSkip needs: the tiles' step counts (when more than one tile), then each tile's steps. */
export function zeroSkipBytes(capacity: number, vecs: number, tiles: number): number {
  return (tiles > 1 ? Math.ceil((4 * tiles) / 16) * 16 : 0) + tiles * tileBytes(capacity, vecs);
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
  const skip = spec.skip;
  const stepBytes = 16 * spec.vecs;
  const packAt = spec.pack;
  if (packAt !== undefined && (spec.depth === 'n' || spec.cols !== 'n' || spec.b.tileStride !== undefined || skip)) {
    throw new Error(`${spec.name}: only a fixed-depth product over n columns of a row-contiguous B is packed`);
  }
  const b: VectorOperand = packAt === undefined ? spec.b : { base: packAt, depthStride: stepBytes, tileStride: Number(spec.depth) * stepBytes };
  // Zero skipping: whether it is exact for this call, the tile's count of non-zero steps, the list pointers.
  const skipping = f.local('i32');
  const count = f.local('i32');
  const po = f.local('i32');
  const pq = f.local('i32');
  // The gathered steps of the current tile: its region of the scratch (A offsets, then B vectors).
  const region = f.local('i32');
  const skipTiles = skip?.tiles ?? 1;
  const counts = skip?.scratch ?? 0;
  const regions = skipTiles > 1 ? counts + Math.ceil((4 * skipTiles) / 16) * 16 : counts;
  const regionBytes = tileBytes(skip?.capacity ?? 0, spec.vecs);
  const packedAt = Math.ceil(((skip?.capacity ?? 0) * 4) / 16) * 16;
  // region = the scratch region of the column tile at `col` (col is a multiple of the tile).
  const tileRegion = (): void => {
    if (skipTiles > 1) f.get(col).i32(tile).i32DivU().i32(regionBytes).i32Mul().i32(regions).i32Add().set(region);
    else f.i32(regions).set(region);
  };

  // Every row block in order: full blocks of spec.rowBlock rows in a loop over `row`, then the remainder once.
  const eachRowBlock = (emit: (R: number) => void): void => {
    const full = Math.floor(spec.rows / spec.rowBlock);
    const rest = spec.rows % spec.rowBlock;
    f.i32(0).set(row);
    if (full > 0) {
      f.loop();
      emit(spec.rowBlock);
      f.inc(row, spec.rowBlock);
      f.get(row).i32(full * spec.rowBlock).i32LtS().brIf(0);
      f.end();
    }
    if (rest > 0) emit(rest);
  };

  const emitRows = (vecs: number, halfLast: boolean, sparse = false): void => {
    const block = sparse ? emitSparseBlock : emitBlock;
    eachRowBlock((R) => block(R, vecs, halfLast));
  };

  // pb = the first depth step of the column tile at `col`: b.base + col·8, or its panel (col is a multiple of the tile).
  const tileStart = (): void => {
    f.get(col).i32(b.tileStride === undefined ? 8 : b.tileStride / tile).i32Mul().i32(b.base).i32Add().set(pb);
  };
  // The depth loop's trip count.
  const depthCount = (): void => {
    if (spec.depth === 'n') f.get(n);
    else f.i32(spec.depth);
  };

  // Gathers the non-zero depth steps of the full column tile at `col` into its region; sets `count`.
  // Branch-free: each step is written at the list's end, which moves on only when the step is non-zero.
  const gatherTile = (): void => {
    tileStart();
    tileRegion();
    f.i32(0).set(pa);
    f.get(region).set(po);
    f.get(region).i32(packedAt).i32Add().set(pq);
    depthCount();
    f.set(p);
    f.block().get(p).i32Eqz().brIf(0).loop();
    for (let v = 0; v < spec.vecs; v++) {
      f.get(pb).v128Load(16 * v).set(bv[v]);
      f.get(pq).get(bv[v]).v128Store(16 * v);
    }
    f.get(po).get(pa).i32Store();
    for (let v = 0; v < spec.vecs; v++) {
      f.get(bv[v]).f64x2Const(0, 0).f64x2Ne();
      if (v > 0) f.v128Or();
    }
    f.v128AnyTrue().set(addr[0]);
    f.get(po).get(addr[0]).i32(4).i32Mul().i32Add().set(po);
    f.get(pq).get(addr[0]).i32(16 * spec.vecs).i32Mul().i32Add().set(pq);
    f.inc(pa, spec.a.depthStride).inc(pb, b.depthStride);
    f.get(p).i32(1).i32Sub().tee(p).brIf(0);
    f.end().end();
    f.get(po).get(region).i32Sub().i32(2).i32ShrU().set(count);
  };

  // One register block reduced over the gathered steps (in `region`, `count` of them) of its column tile only.
  const emitSparseBlock = (R: number, vecs: number, halfLast: boolean): void => {
    f.get(row).i32(spec.a.rowStride).i32Mul().i32(spec.a.base).i32Add().set(pa);
    for (let r = 0; r < R; r++) for (let v = 0; v < vecs; v++) f.f64x2Const(0, 0).set(acc[r][v]);
    f.get(region).set(po);
    f.get(region).i32(packedAt).i32Add().set(pq);
    f.get(count).set(p);
    f.block().get(p).i32Eqz().brIf(0).loop();
    for (let v = 0; v < vecs; v++) f.get(pq).v128Load(16 * v).set(bv[v]);
    f.get(pa).get(po).i32Load().i32Add().set(addr[0]);
    for (let r = 0; r < R; r++) {
      f.get(addr[0]).load64Splat(r * spec.a.rowStride).set(s);
      for (let v = 0; v < vecs; v++) f.get(acc[r][v]).get(s).get(bv[v]).f64x2Mul().f64x2Add().set(acc[r][v]);
    }
    f.inc(po, 4).inc(pq, 16 * spec.vecs);
    f.get(p).i32(1).i32Sub().tee(p).brIf(0);
    f.end().end();
    spec.epilogue(f, { acc: acc.slice(0, R).map((a) => a.slice(0, vecs)), row, col, addr, tmp, halfLast });
  };

  // A full column tile: gathered and reduced sparsely when skipping is exact and the tile has few enough non-zero steps.
  const emitFullTile = (): void => {
    if (!skip) {
      emitRows(spec.vecs, false);
      return;
    }
    f.i32(0).set(count);
    f.get(skipping).if();
    gatherTile();
    f.end();
    sparseOrDense(() => emitRows(spec.vecs, false, true), () => emitRows(spec.vecs, false));
  };

  // Emits `sparse` when skipping is exact and count ≤ denseAbove·depth (in integers: count·1024 ≤ ⌊denseAbove·1024⌋·depth), else `dense`.
  const sparseOrDense = (sparse: () => void, dense: () => void): void => {
    f.get(skipping).get(count).i32(1024).i32Mul();
    depthCount();
    f.i32(Math.floor((skip?.denseAbove ?? 0) * 1024)).i32Mul().i32LeS().i32And().if();
    sparse();
    f.else();
    dense();
    f.end();
  };

  // Rows-outer over tiles gathered beforehand: every column tile of one block of rows, each sparse or dense.
  const emitGatheredCols = (R: number): void => {
    f.i32(0).set(col);
    const fullTile = (): void => {
      tileRegion();
      f.i32(0).set(count);
      f.get(skipping).if().get(col).i32(tile).i32DivU().i32(4).i32Mul().i32Load(counts).set(count).end();
      sparseOrDense(() => emitSparseBlock(R, spec.vecs, false), () => emitBlock(R, spec.vecs, false));
    };
    if (spec.cols === 'n') {
      f.block().get(n).i32Eqz().brIf(0).loop();
      fullTile();
      f.inc(col, tile);
      f.get(col).get(n).i32LtS().brIf(0);
      f.end().end();
      return;
    }
    const full = Math.floor(spec.cols / tile);
    const rest = spec.cols % tile;
    if (full > 0) {
      f.loop();
      fullTile();
      f.inc(col, tile);
      f.get(col).i32(full * tile).i32LtS().brIf(0);
      f.end();
    }
    if (rest > 0) emitBlock(R, Math.ceil(rest / 2), rest % 2 === 1);
  };

  // One register block: R rows × vecs vectors, reduced over the whole depth.
  const emitBlock = (R: number, vecs: number, halfLast: boolean): void => {
    const zero = (): void => {
      for (let r = 0; r < R; r++) for (let v = 0; v < vecs; v++) f.f64x2Const(0, 0).set(acc[r][v]);
    };
    // pa = a.base + row·rowStride; pb = the column tile's first depth step
    f.get(row).i32(spec.a.rowStride).i32Mul().i32(spec.a.base).i32Add().set(pa);
    tileStart();
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
      for (let k = 0; k < spec.depth; k++) step(k * spec.a.depthStride, k * b.depthStride);
    } else {
      if (spec.depth === 'n') f.get(n).set(p);
      else f.i32(spec.depth).set(p);
      f.block().get(p).i32Eqz().brIf(0).loop();
      step(0, 0);
      f.inc(pa, spec.a.depthStride).inc(pb, b.depthStride);
      f.get(p).i32(1).i32Sub().tee(p).brIf(0);
      f.end().end();
    }
    spec.epilogue(f, { acc: acc.slice(0, R).map((a) => a.slice(0, vecs)), row, col, addr, tmp, halfLast });
  };

  // Every column tile of one block of rows (the rows-outer order).
  const emitCols = (R: number): void => {
    f.i32(0).set(col);
    if (spec.cols === 'n') {
      f.block().get(n).i32Eqz().brIf(0).loop();
      emitBlock(R, spec.vecs, false);
      f.inc(col, tile);
      f.get(col).get(n).i32LtS().brIf(0);
      f.end().end();
      return;
    }
    const full = Math.floor(spec.cols / tile);
    const rest = spec.cols % tile;
    if (full > 0) {
      f.loop();
      emitBlock(R, spec.vecs, false);
      f.inc(col, tile);
      f.get(col).i32(full * tile).i32LtS().brIf(0);
      f.end();
    }
    if (rest > 0) emitBlock(R, Math.ceil(rest / 2), rest % 2 === 1);
  };

  if (packAt !== undefined) {
    // Tile by tile, each tile's depth steps in order: the panels are written sequentially.
    f.i32(packAt).set(po);
    f.i32(0).set(col);
    f.block().get(n).i32Eqz().brIf(0).loop();
    f.get(col).i32(8).i32Mul().i32(spec.b.base).i32Add().set(pb);
    f.i32(Number(spec.depth)).set(p);
    f.loop();
    for (let v = 0; v < spec.vecs; v++) f.get(po).get(pb).v128Load(16 * v).v128Store(16 * v);
    f.inc(po, stepBytes).inc(pb, spec.b.depthStride);
    f.get(p).i32(1).i32Sub().tee(p).brIf(0);
    f.end();
    f.inc(col, tile);
    f.get(col).get(n).i32LtS().brIf(0);
    f.end().end();
  }
  if (skip) {
    if (spec.depth !== 'n' && spec.depth > skip.capacity) throw new Error(`${spec.name}: depth ${spec.depth} exceeds the skip scratch (${skip.capacity})`);
    skip.guard(f);
    f.set(skipping);
  }
  if (skip && skipTiles > 1) {
    if (spec.cols !== 'n' && Math.floor(spec.cols / tile) > skipTiles) throw new Error(`${spec.name}: ${spec.cols} columns exceed the skip scratch's ${skipTiles} tiles`);
    // Every full tile's steps first (each count at counts + 4·tile index), then the blocks rows-outer.
    f.get(skipping).if();
    const fullCols = (): void => {
      if (spec.cols === 'n') f.get(n);
      else f.i32(Math.floor(spec.cols / tile) * tile);
    };
    f.i32(0).set(col);
    f.block();
    fullCols();
    f.i32Eqz().brIf(0).loop();
    gatherTile();
    f.get(col).i32(tile).i32DivU().i32(4).i32Mul().get(count).i32Store(counts);
    f.inc(col, tile);
    f.get(col);
    fullCols();
    f.i32LtS().brIf(0);
    f.end().end();
    f.end();
    eachRowBlock(emitGatheredCols);
    return f;
  }
  if (spec.order === 'rows' && !skip) {
    eachRowBlock(emitCols);
    return f;
  }
  f.i32(0).set(col);
  if (spec.cols === 'n') {
    f.block().get(n).i32Eqz().brIf(0).loop();
    emitFullTile();
    f.inc(col, tile);
    f.get(col).get(n).i32LtS().brIf(0);
    f.end().end();
  } else {
    const full = Math.floor(spec.cols / tile);
    const rest = spec.cols % tile;
    // Whole tiles in a loop: unrolled, a wide product (784 columns: 196 tiles) is a function too large to optimize well.
    if (full > 0) {
      f.loop();
      emitFullTile();
      f.inc(col, tile);
      f.get(col).i32(full * tile).i32LtS().brIf(0);
      f.end();
    }
    if (rest > 0) emitRows(Math.ceil(rest / 2), rest % 2 === 1);
  }
  return f;
}
