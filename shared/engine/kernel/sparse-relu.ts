// Products of narrow ReLU networks that skip ReLU's exact zeros, one column at a time with f64x2 lanes over units:
// the forward Z[:,k] = Σ_{j: A[j,k] ≠ 0} Wᵀ[j,:]·A[j,k], the gradient passed down dA[:,k] = Σ_{i: dZ[i,k] ≠ 0} W[i,:]·dZ[i,k]
// and the weight gradient dW[i,:] = Σ_{k: dZ[i,k] ≠ 0} dZ[i,k]·A[:,k]. A skipped term is x·(±0) = ±0 when x is finite,
// and adding ±0 never changes a sum started at +0 (x + y is −0 only when both are −0, so such a sum is never −0):
// each entry is still the increasing-depth sum of the dense kernels, bit for bit. When the other factor may be ±∞
// or NaN (where x·0 is NaN) every term is taken.
import { FUSED_ACTIVATIONS } from './fused';
import { PANEL, type Layout } from './layout';
import { MASK_BITS, type SparsePlan } from './sparse-layout';
import { Func, type Local } from './wasm/func';

/**
 * f64x2 accumulators per block of units. V8 loads a step's weight vectors all ahead of the arithmetic, so a
 * block needs twice its vectors plus the broadcast input in registers: 8 (17 registers) spilled an
 * accumulator and a weight vector every step and ran 1.4× slower than 6 (13 registers) on 32 units.
 */
const BLOCK_VECS = 6;

/** Depths up to this are unrolled when every term is taken. */
const UNROLL_UP_TO = 4;

/**
 * How a sample's input column of `depth` entries is read. Sparse: the spec's first two columns point at the
 * sample's values (entry j at +8j) and its `words` MASK_BITS-bit masks of the non-zero entries. Dense: the first
 * column points at entry 0, entry j is depthStride bytes further, and every entry is taken.
 */
type ColumnInput = { kind: 'sparse'; words: number; depth: number } | { kind: 'dense'; depthStride: number; depth: number };

/** What an epilogue is given for one finished block of units of one sample. */
interface BlockContext {
  /** acc[v] holds units unit0 + 2v, unit0 + 2v + 1. */
  acc: Local[];
  unit0: number;
  /** The per-sample pointers, in the order of the spec's `columns`. */
  cols: Local[];
  tmp: Local[];
  /** ORs the non-zero lanes of a vector for units (unit, unit + 1) into the sample's output mask. */
  markNonZero(vec: Local, unit: number): void;
}

/** A product over one sample's column at a time. */
interface ColumnSpec {
  name: string;
  /** Output units (rows of the product). */
  units: number;
  input: ColumnInput;
  /** The depth-d row of the multiplied matrix, units contiguous: base + d·rowStride. */
  matrix: { base: number; rowStride: number };
  /**
   * The real matrix (its doubles, contiguous) whose finiteness lets zeros be skipped; absent when the prologue
   * writes masks that take every term where that is needed.
   */
  guard?: { base: number; count: number };
  /** Columns: the function's parameter n, or this fixed count. */
  count?: number;
  /** Per-sample pointers: base + k·stride. */
  columns: { base: number; stride: number }[];
  /** When the output's non-zero entries are recorded: the index in `columns` of the pointer to the sample's mask words. */
  outMask?: number;
  /** Code run once before the columns (n: the function's parameter), and once after them. */
  prologue?(f: Func, n: Local): void;
  finish?(f: Func): void;
  /** Each term is input·matrix (as the weight gradients' dense kernel multiplies) rather than matrix·input. */
  inputFirst?: boolean;
  epilogue(f: Func, ctx: BlockContext): void;
}

/** The bits of a mask word that stand for real units (the rest stay zero). */
function validBits(units: number, word: number): number {
  const count = Math.min(MASK_BITS, units - word * MASK_BITS);
  return count >= 32 ? -1 : (1 << count) - 1;
}

/** Splits `vecs` vectors into the fewest blocks of at most BLOCK_VECS, as even as can be. */
function blocks(vecs: number): number[] {
  const nb = Math.ceil(vecs / BLOCK_VECS);
  return Array.from({ length: nb }, (_, b) => Math.floor(vecs / nb) + (b < vecs % nb ? 1 : 0));
}

/** Sets `ok` to 1 when all `count` doubles at `base` are finite: the sum of x·0 is ±0 then, NaN otherwise. */
function emitAllFinite(f: Func, base: number, count: number, ok: Local, p: Local, sum: Local): void {
  // Reading whole vectors takes in the last allocation's pad double when the count is odd: it is zero.
  const end = base + Math.ceil(count / 2) * 16;
  f.f64x2Const(0, 0).set(sum);
  f.i32(base).set(p);
  f.loop();
  f.get(sum).get(p).v128Load().f64x2Const(0, 0).f64x2Mul().f64x2Add().set(sum);
  f.inc(p, 16);
  f.get(p).i32(end).i32LtS().brIf(0);
  f.end();
  f.get(sum).get(sum).f64x2Ne().i64x2Bitmask().i32Eqz().set(ok);
}

/** Builds `name(n)`: the product for the first n samples, one sample's column at a time. */
function columnKernel(spec: ColumnSpec): Func {
  const f = new Func(spec.name, ['i32']);
  const [n] = f.params;
  const k = f.local('i32');
  const cols = spec.columns.map(() => f.local('i32'));
  const m = f.local('i32');
  const t = f.local('i32');
  const wp = f.local('i32');
  const ok = f.local('i32');
  const s = f.local('v128');
  const acc = Array.from({ length: BLOCK_VECS }, () => f.local('v128'));
  const tmp = [f.local('v128'), f.local('v128'), f.local('v128')];
  const input = spec.input;
  const full = input.kind === 'sparse' ? Array.from({ length: input.words }, () => f.local('i32')) : [];
  const outWords = spec.outMask === undefined ? 0 : Math.ceil(spec.units / MASK_BITS);
  const outMask = Array.from({ length: outWords }, () => f.local('i32'));
  spec.prologue?.(f, n);
  if (input.kind === 'sparse' && spec.guard) {
    // full[w]: the bits OR-ed into every mask, all of them (nothing skipped) unless the matrix is finite.
    emitAllFinite(f, spec.guard.base, spec.guard.count, ok, wp, s);
    full.forEach((word, w) => f.i32(0).i32(validBits(input.depth, w)).get(ok).select().set(word));
  }
  spec.columns.forEach((c, i) => f.i32(c.base).set(cols[i]));
  const markNonZero = (vec: Local, unit: number): void => {
    const word = outMask[Math.floor(unit / MASK_BITS)];
    f.get(vec).f64x2Const(0, 0).f64x2Ne().i64x2Bitmask();
    if (unit % MASK_BITS > 0) f.i32(unit % MASK_BITS).i32Shl();
    f.get(word).i32Or().set(word);
  };
  // acc[v] += (the matrix row at wp, vectors from unit0 on) · s, the factors in the order the dense kernel takes them
  const terms = (nv: number, unit0: number, rowOffset: number): void => {
    for (let v = 0; v < nv; v++) {
      f.get(acc[v]);
      if (spec.inputFirst) f.get(s).get(wp).v128Load(rowOffset + 8 * unit0 + 16 * v);
      else f.get(wp).v128Load(rowOffset + 8 * unit0 + 16 * v).get(s);
      f.f64x2Mul().f64x2Add().set(acc[v]);
    }
  };

  const count = (): Func => (spec.count === undefined ? f.get(n) : f.i32(spec.count));
  f.i32(0).set(k);
  f.block();
  count().i32Eqz().brIf(0);
  f.loop();
  for (const word of outMask) f.i32(0).set(word);
  let unit0 = 0;
  for (const nv of blocks(Math.ceil(spec.units / 2))) {
    for (let v = 0; v < nv; v++) f.f64x2Const(0, 0).set(acc[v]);
    if (input.kind === 'sparse') {
      const [values, masks] = [cols[0], cols[1]];
      for (let w = 0; w < input.words; w++) {
        f.get(masks).i32Load(4 * w);
        if (spec.guard) f.get(full[w]).i32Or();
        f.set(m);
        // The set bits in increasing order: the depth order of the dense sum, zeros left out.
        f.block().loop();
        f.get(m).i32Eqz().brIf(1);
        f.get(m).i32Ctz().set(t);
        f.get(m).get(m).i32(1).i32Sub().i32And().set(m);
        f.get(t).i32(3).i32Shl().get(values).i32Add().load64Splat(8 * MASK_BITS * w).set(s);
        f.get(t).i32(spec.matrix.rowStride).i32Mul().set(wp);
        terms(nv, unit0, spec.matrix.base + MASK_BITS * w * spec.matrix.rowStride);
        f.br(0);
        f.end().end();
      }
    } else if (input.depth <= UNROLL_UP_TO) {
      f.i32(0).set(wp);
      for (let d = 0; d < input.depth; d++) {
        f.get(cols[0]).load64Splat(d * input.depthStride).set(s);
        terms(nv, unit0, spec.matrix.base + d * spec.matrix.rowStride);
      }
    } else {
      f.get(cols[0]).set(t);
      f.i32(0).set(wp);
      f.loop();
      f.get(t).load64Splat().set(s);
      terms(nv, unit0, spec.matrix.base);
      f.inc(t, input.depthStride).inc(wp, spec.matrix.rowStride);
      f.get(wp).i32(input.depth * spec.matrix.rowStride).i32LtS().brIf(0);
      f.end();
    }
    spec.epilogue(f, { acc: acc.slice(0, nv), unit0, cols, tmp, markNonZero });
    unit0 += 2 * nv;
  }
  if (spec.outMask !== undefined) {
    const at = cols[spec.outMask];
    outMask.forEach((word, w) => f.get(at).get(word).i32(validBits(spec.units, w)).i32And().i32Store(4 * w));
  }
  spec.columns.forEach((c, i) => f.inc(cols[i], c.stride));
  f.inc(k, 1);
  f.get(k);
  count().i32LtS().brIf(0);
  f.end().end();
  spec.finish?.(f);
  return f;
}

/** Stores the lanes of `vec` that are real units: lane 0 at ptr + offset, lane 1 at ptr + offset + laneStride. */
function storeLanes(f: Func, ptr: Local, vec: Local, offset: number, laneStride: number, lanes: number): void {
  f.get(ptr).get(vec).store64Lane(0, offset);
  if (lanes > 1) f.get(ptr).get(vec).store64Lane(1, offset + laneStride);
}

/** The input of layer l's forward product: the previous layer's sparse activations, or the inputs X. */
function forwardInput(layout: Layout, plan: SparsePlan, l: number): { input: ColumnInput; columns: { base: number; stride: number }[] } {
  const prev = plan.layers[l - 1];
  const depth = layout.dims[l - 1];
  if (l === 1) {
    return { input: { kind: 'dense', depthStride: layout.ld * 8, depth }, columns: [{ base: layout.layers[0].A, stride: 8 }] };
  }
  return {
    input: { kind: 'sparse', words: prev.words, depth },
    columns: [
      { base: prev.S, stride: prev.width * 8 },
      { base: prev.M, stride: prev.words * 4 },
    ],
  };
}

/**
 * `fwd{l}(n)` (`fwdz{l}` with `storeZ`): hidden layer l's Z = W·A_prev + b and A = ReLU(Z) over n samples, into
 * A's sample-major copy and transpose (and its mask, for the next hidden layer); Z and A themselves
 * (features × samples) when `storeZ`, A also when the output layer reads it.
 */
export function sparseForwardKernel(layout: Layout, plan: SparsePlan, l: number, storeZ: boolean): Func {
  const L = layout.dims.length - 1;
  const units = layout.dims[l];
  const depth = layout.dims[l - 1];
  const me = layout.layers[l];
  const sp = plan.layers[l];
  const ld8 = layout.ld * 8;
  const panel8 = layout.ld * PANEL * 8;
  const storeA = storeZ || l === L - 1;
  // The sum of the activations written, for the next layer's weight gradient (see SparseLayer.F).
  let total: Local | null = null;
  const relu = FUSED_ACTIVATIONS.relu;
  const { input, columns } = forwardInput(layout, plan, l);
  const first = columns.length;
  const out = [
    { base: me.Z, stride: 8 },
    { base: me.A, stride: 8 },
    { base: me.AT, stride: PANEL * 8 },
    { base: sp.S, stride: sp.width * 8 },
    ...(sp.M ? [{ base: sp.M, stride: sp.words * 4 }] : []),
  ];
  return columnKernel({
    name: storeZ ? `fwdz${l}` : `fwd${l}`,
    units,
    input,
    matrix: { base: sp.WT, rowStride: sp.width * 8 },
    guard: { base: me.W, count: units * depth },
    columns: [...columns, ...out],
    outMask: sp.M ? first + 4 : undefined,
    finish(f) {
      if (total) f.i32(sp.F).get(total).v128Store();
    },
    prologue(f) {
      if (sp.F) f.f64x2Const(0, 0).set((total = f.local('v128')));
      // Wᵀ[j, i] = W[i, j]: row j of Wᵀ holds the weights from input j to every unit.
      const [pw, pt, end, rowEnd] = [f.local('i32'), f.local('i32'), f.local('i32'), f.local('i32')];
      f.i32(me.W).set(pw).i32(sp.WT).set(pt).i32(sp.WT + 8 * units).set(end);
      f.loop();
      f.get(pt).i32(depth * sp.width * 8).i32Add().set(rowEnd);
      f.loop();
      f.get(pt).get(pw).f64Load().f64Store();
      f.inc(pw, 8).inc(pt, sp.width * 8);
      f.get(pt).get(rowEnd).i32LtS().brIf(0);
      f.end();
      f.get(pt).i32(depth * sp.width * 8 - 8).i32Sub().set(pt);
      f.get(pt).get(end).i32LtS().brIf(0);
      f.end();
    },
    epilogue(f, { acc, unit0, cols, tmp: [z, a], markNonZero }) {
      const [zCol, aCol, atCol, sCol] = cols.slice(first);
      acc.forEach((sum, v) => {
        const u = unit0 + 2 * v;
        const lanes = Math.min(2, units - u);
        // The bias is added after the whole sum, as W·A + b evaluates. With an odd number of units the last
        // vector's second lane is a pad unit (Wᵀ's zero pad column, b's pad double): only S keeps it, outside every mask.
        f.get(sum).i32(0).v128Load(me.b + 8 * u).f64x2Add().set(z);
        if (storeZ) storeLanes(f, zCol, z, u * ld8, ld8, lanes);
        relu.forward(f, z);
        f.set(a);
        f.get(sCol).get(a).v128Store(8 * u);
        // Units u, u + 1 (u even) sit side by side in their panel.
        const at = Math.floor(u / PANEL) * panel8 + (u % PANEL) * 8;
        if (lanes === 2) f.get(atCol).get(a).v128Store(at);
        else f.get(atCol).get(a).store64Lane(0, at);
        if (total) f.get(total).get(a).f64x2Add().set(total);
        if (storeA) storeLanes(f, aCol, a, u * ld8, ld8, lanes);
        if (sp.M) markNonZero(a, u);
      });
    },
  });
}

/**
 * `down{l}(n)`: dA_prev = Wᵀ·dZ for layer l ≥ 2, then dZ_prev = dA_prev·ReLU'(A_prev), into dZ_prev (features ×
 * samples) and, when layer l − 1 passes a gradient down too, its sample-major copy and mask.
 */
export function sparseDownKernel(layout: Layout, plan: SparsePlan, l: number): Func {
  const L = layout.dims.length - 1;
  const units = layout.dims[l - 1];
  const depth = layout.dims[l];
  const me = layout.layers[l];
  const prev = layout.layers[l - 1];
  const spMe = plan.layers[l];
  const spPrev = plan.layers[l - 1];
  const ld8 = layout.ld * 8;
  const relu = FUSED_ACTIVATIONS.relu;
  const sparseIn = l < L;
  const input: ColumnInput = sparseIn
    ? { kind: 'sparse', words: spMe.words, depth }
    : { kind: 'dense', depthStride: ld8, depth };
  const columns = sparseIn
    ? [
        { base: spMe.DS, stride: spMe.width * 8 },
        { base: spMe.DM, stride: spMe.words * 4 },
      ]
    : [{ base: me.dZ, stride: 8 }];
  const first = columns.length;
  const passOn = spPrev.DS !== 0;
  const out = [
    { base: spPrev.S, stride: spPrev.width * 8 },
    { base: prev.dZ, stride: 8 },
    ...(passOn
      ? [
          { base: spPrev.DS, stride: spPrev.width * 8 },
          { base: spPrev.DM, stride: spPrev.words * 4 },
        ]
      : []),
  ];
  return columnKernel({
    name: `down${l}`,
    units,
    input,
    // With an odd number of units a row's last vector reads one double past the row: its lane is never stored.
    matrix: { base: me.W, rowStride: units * 8 },
    guard: { base: me.W, count: units * depth },
    columns: [...columns, ...out],
    outMask: passOn ? first + 3 : undefined,
    epilogue(f, { acc, unit0, cols, tmp: [a, dz], markNonZero }) {
      const [sCol, dzCol, dsCol] = cols.slice(first);
      acc.forEach((sum, v) => {
        const u = unit0 + 2 * v;
        f.get(sCol).v128Load(8 * u).set(a);
        // dZ = dA · f'(A), in that order, as the scalar path multiplies.
        f.get(sum);
        relu.derivative(f, a);
        f.f64x2Mul().set(dz);
        storeLanes(f, dzCol, dz, u * ld8, ld8, Math.min(2, units - u));
        if (!passOn) return;
        f.get(dsCol).get(dz).v128Store(8 * u);
        markNonZero(dz, u);
      });
    },
  });
}

/**
 * `grad{l}(n)` for a hidden layer l ≥ 2: dW = dZ·A_prevᵀ over the n samples, row i of dW summing only the samples
 * where dZ[i,k] ≠ 0, in order, over the previous layer's sample-major activations. The prologue turns the
 * samples' masks of dZ (DM, one word per sample and 32 units) into each row's masks over the samples, 32 × 32
 * bits at a time, or takes every sample when an activation may be ±∞ or NaN (A·0 would be NaN).
 */
export function sparseGradKernel(layout: Layout, plan: SparsePlan, l: number): Func {
  const rows = layout.dims[l];
  const units = layout.dims[l - 1];
  const me = layout.layers[l];
  const spMe = plan.layers[l];
  const spPrev = plan.layers[l - 1];
  const ld8 = layout.ld * 8;
  const rowWords = plan.rowWords;
  return columnKernel({
    name: `grad${l}`,
    count: rows,
    units,
    input: { kind: 'sparse', words: rowWords, depth: layout.ld },
    matrix: { base: spPrev.S, rowStride: spPrev.width * 8 },
    columns: [
      { base: me.dZ, stride: ld8 },
      { base: plan.rowMasks, stride: rowWords * 4 },
      { base: me.dW, stride: units * 8 },
    ],
    inputFirst: true,
    prologue(f, n) {
      const [ok, pm, pr, rem, valid, t] = Array.from({ length: 6 }, () => f.local('i32'));
      const w = Array.from({ length: MASK_BITS }, () => f.local('i32'));
      const chk = f.local('v128');
      // ok: the previous layer's activations summed to a finite value, so each is finite.
      f.i32(spPrev.F).v128Load().f64x2Const(0, 0).f64x2Mul().set(chk);
      f.get(chk).get(chk).f64x2Ne().i64x2Bitmask().i32Eqz().set(ok);
      // Blocks of MASK_BITS samples: pm at their first mask word, pr at their word of row 0's masks.
      f.i32(spMe.DM).set(pm).i32(plan.rowMasks).set(pr).get(n).set(rem);
      f.block().get(rem).i32(0).i32LeS().brIf(0).loop();
      // valid: the block's samples below n.
      f.i32(-1).i32(1).get(rem).i32Shl().i32(1).i32Sub().get(rem).i32(MASK_BITS - 1).i32GtS().select().set(valid);
      for (let word = 0; word < spMe.words; word++) {
        for (let k = 0; k < MASK_BITS; k++) f.get(pm).i32Load(4 * (k * spMe.words + word)).set(w[k]);
        // Transpose the 32 × 32 bits in place (bit i of w[k] ↔ bit k of w[i]): swap ever smaller off-diagonal blocks.
        for (let j = MASK_BITS / 2; j >= 1; j /= 2) {
          let pattern = 0;
          for (let b = 0; b < MASK_BITS; b++) if ((b & j) === 0) pattern |= 1 << b;
          for (let k = 0; k < MASK_BITS; k++) {
            if ((k & j) !== 0) continue;
            f.get(w[k]).i32(j).i32ShrU().get(w[k + j]).i32Xor().i32(pattern).i32And().set(t);
            f.get(w[k + j]).get(t).i32Xor().set(w[k + j]);
            f.get(w[k]).get(t).i32(j).i32Shl().i32Xor().set(w[k]);
          }
        }
        for (let i = 0; i < MASK_BITS && MASK_BITS * word + i < rows; i++) {
          f.get(pr).get(w[i]).i32(-1).get(ok).select().get(valid).i32And().i32Store(4 * rowWords * (MASK_BITS * word + i));
        }
      }
      f.inc(pm, MASK_BITS * spMe.words * 4).inc(pr, 4);
      f.get(rem).i32(MASK_BITS).i32Sub().tee(rem).i32(0).i32GtS().brIf(0);
      f.end().end();
      // Words past the last block of samples stay empty.
      f.block().get(pr).i32(plan.rowMasks + rowWords * 4).i32LtS().i32Eqz().brIf(0).loop();
      for (let i = 0; i < rows; i++) f.get(pr).i32(0).i32Store(4 * rowWords * i);
      f.inc(pr, 4);
      f.get(pr).i32(plan.rowMasks + rowWords * 4).i32LtS().brIf(0);
      f.end().end();
    },
    epilogue(f, { acc, unit0, cols }) {
      const dwCol = cols[2];
      acc.forEach((sum, v) => {
        const u = unit0 + 2 * v;
        if (units - u >= 2) f.get(dwCol).get(sum).v128Store(8 * u);
        else f.get(dwCol).get(sum).store64Lane(0, 8 * u);
      });
    },
  });
}
