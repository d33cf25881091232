// A builder for one WebAssembly function body: typed locals and the handful of instructions the kernels use.
import { f64, s32, u32 } from './encode';

/** The value types the kernels use. */
export type ValType = 'i32' | 'f64' | 'v128';

/** Binary code of each value type. */
export const VALTYPE: Record<ValType, number> = { i32: 0x7f, f64: 0x7c, v128: 0x7b };

/** A local variable (parameters come first, then declared locals). */
export interface Local {
  readonly index: number;
  readonly type: ValType;
}

const SIMD = 0xfd;
// Every float access is to 8-byte-aligned doubles: alignment hint log2(8) = 3.
const ALIGN = 3;

/** Emits a function body instruction by instruction; methods chain. */
export class Func {
  readonly params: Local[];
  private readonly declared: Local[] = [];
  private readonly code: number[] = [];

  constructor(
    readonly exportName: string,
    paramTypes: readonly ValType[],
    readonly resultTypes: readonly ValType[] = [],
  ) {
    this.params = paramTypes.map((type, index) => ({ index, type }));
  }

  /** Declares a new local of the given type. */
  local(type: ValType): Local {
    const l = { index: this.params.length + this.declared.length, type };
    this.declared.push(l);
    return l;
  }

  /** The encoded body: local declarations (run-length grouped), the code, `end`. */
  body(): number[] {
    const groups: number[][] = [];
    for (const l of this.declared) {
      const last = groups[groups.length - 1];
      if (last && last[1] === VALTYPE[l.type]) last[0] += 1;
      else groups.push([1, VALTYPE[l.type]]);
    }
    const locals = [...u32(groups.length), ...groups.flatMap(([n, t]) => [...u32(n), t])];
    const body = [...locals, ...this.code, 0x0b];
    return [...u32(body.length), ...body];
  }

  private op(...bytes: number[]): this {
    for (const b of bytes) this.code.push(b);
    return this;
  }

  private simd(opcode: number, ...imm: number[]): this {
    return this.op(SIMD, ...u32(opcode), ...imm);
  }

  // Control flow
  /** `block` with no result; `br` to it jumps past its `end`. */
  block(): this { return this.op(0x02, 0x40); }
  /** `loop` with no result; `br` to it jumps back to its start. */
  loop(): this { return this.op(0x03, 0x40); }
  /** `if` with no result (pops an i32 condition). */
  if(): this { return this.op(0x04, 0x40); }
  /** `else` of the innermost `if`. */
  else(): this { return this.op(0x05); }
  /** Closes the innermost block, loop or if. */
  end(): this { return this.op(0x0b); }
  /** Branch to the enclosing label `depth` levels out. */
  br(depth: number): this { return this.op(0x0c, ...u32(depth)); }
  /** Conditional branch (pops an i32). */
  brIf(depth: number): this { return this.op(0x0d, ...u32(depth)); }
  /** Returns from the function with the values on the stack. */
  return(): this { return this.op(0x0f); }
  /** Calls the function with the given index in the module. */
  call(index: number): this { return this.op(0x10, ...u32(index)); }

  // Locals
  /** Pushes a local. */
  get(l: Local): this { return this.op(0x20, ...u32(l.index)); }
  /** Pops into a local. */
  set(l: Local): this { return this.op(0x21, ...u32(l.index)); }
  /** Stores into a local and keeps the value on the stack. */
  tee(l: Local): this { return this.op(0x22, ...u32(l.index)); }

  // i32
  /** Pushes an i32 constant. */
  i32(n: number): this { return this.op(0x41, ...s32(n)); }
  /** i32 addition. */
  i32Add(): this { return this.op(0x6a); }
  /** i32 subtraction. */
  i32Sub(): this { return this.op(0x6b); }
  /** i32 multiplication. */
  i32Mul(): this { return this.op(0x6c); }
  /** Signed i32 less-than. */
  i32LtS(): this { return this.op(0x48); }
  /** Signed i32 greater-than. */
  i32GtS(): this { return this.op(0x4a); }
  /** Signed i32 less-or-equal. */
  i32LeS(): this { return this.op(0x4c); }
  /** Signed i32 greater-or-equal. */
  i32GeS(): this { return this.op(0x4e); }
  /** Bitwise and of two i32. */
  i32And(): this { return this.op(0x71); }
  /** Bitwise or of two i32. */
  i32Or(): this { return this.op(0x72); }
  /** Bitwise exclusive or of two i32. */
  i32Xor(): this { return this.op(0x73); }
  /** i32 left shift by the popped count. */
  i32Shl(): this { return this.op(0x74); }
  /** Count of trailing zero bits of an i32 (32 for 0). */
  i32Ctz(): this { return this.op(0x68); }
  /** Loads an i32 from address (popped) + offset (4-byte aligned). */
  i32Load(offset = 0): this { return this.op(0x28, 2, ...u32(offset)); }
  /** Stores an i32 (popped value, popped address) at address + offset (4-byte aligned). */
  i32Store(offset = 0): this { return this.op(0x36, 2, ...u32(offset)); }
  /** Unsigned (logical) i32 right shift by the popped count. */
  i32ShrU(): this { return this.op(0x76); }
  /** Unsigned i32 remainder. */
  i32RemU(): this { return this.op(0x70); }
  /** Unsigned i32 division. */
  i32DivU(): this { return this.op(0x6e); }
  /** i32 equality with zero. */
  i32Eqz(): this { return this.op(0x45); }
  /** Adds a constant to a local in place. */
  inc(l: Local, by: number): this { return this.get(l).i32(by).i32Add().set(l); }

  // f64 scalar
  /** Pushes an f64 constant. */
  f64(x: number): this { return this.op(0x44, ...f64(x)); }
  /** Loads an f64 from address (popped) + offset. */
  f64Load(offset = 0): this { return this.op(0x2b, ALIGN, ...u32(offset)); }
  /** Stores an f64 (popped value, popped address) at address + offset. */
  f64Store(offset = 0): this { return this.op(0x39, ALIGN, ...u32(offset)); }
  /** f64 addition. */
  f64Add(): this { return this.op(0xa0); }
  /** f64 subtraction. */
  f64Sub(): this { return this.op(0xa1); }
  /** f64 multiplication. */
  f64Mul(): this { return this.op(0xa2); }
  /** f64 greater-than (i32 result). */
  f64Gt(): this { return this.op(0x64); }
  /** Picks the first or second operand by an i32 condition. */
  select(): this { return this.op(0x1b); }

  // v128 / f64x2
  /** Loads two doubles from address (popped) + offset. */
  v128Load(offset = 0): this { return this.simd(0x00, ALIGN, ...u32(offset)); }
  /** Stores two doubles at address + offset. */
  v128Store(offset = 0): this { return this.simd(0x0b, ALIGN, ...u32(offset)); }
  /** Loads one double into both lanes. */
  load64Splat(offset = 0): this { return this.simd(0x0a, ALIGN, ...u32(offset)); }
  /** Stores one lane of a vector as a double. */
  store64Lane(lane: 0 | 1, offset = 0): this { return this.simd(0x5b, ALIGN, ...u32(offset), lane); }
  /** A v128 constant holding two doubles. */
  f64x2Const(a: number, b: number): this { return this.simd(0x0c, ...f64(a), ...f64(b)); }
  /** Broadcasts an f64 to both lanes. */
  f64x2Splat(): this { return this.simd(0x14); }
  /** Extracts one lane as an f64. */
  f64x2Extract(lane: 0 | 1): this { return this.simd(0x21, lane); }
  /** Lane-wise addition. */
  f64x2Add(): this { return this.simd(0xf0); }
  /** Lane-wise subtraction. */
  f64x2Sub(): this { return this.simd(0xf1); }
  /** Lane-wise multiplication. */
  f64x2Mul(): this { return this.simd(0xf2); }
  /** Lane-wise division. */
  f64x2Div(): this { return this.simd(0xf3); }
  /** Lane-wise square root (correctly rounded, as Math.sqrt). */
  f64x2Sqrt(): this { return this.simd(0xef); }
  /**
   * Relaxed-SIMD a·b + c (operands pushed a, b, c): fused or not as the runtime pleases, so no kernel of the
   * exact path uses it; the bench measures its peak. Node 20 compiles it only with --experimental-wasm-relaxed-simd.
   */
  f64x2RelaxedMadd(): this { return this.simd(0x107); }
  /** Lane-wise absolute value (clears the sign bit). */
  f64x2Abs(): this { return this.simd(0xec); }
  /** Lane-wise pseudo-minimum: b where b < a, else a (so NaN in a passes through). */
  f64x2Pmin(): this { return this.simd(0xf6); }
  /** Lane-wise less-than: all-ones mask where a < b (false for NaN). */
  f64x2Lt(): this { return this.simd(0x49); }
  /** A v128 constant holding the same small non-negative 64-bit integer in both lanes. */
  i64x2Const(n: number): this {
    if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) throw new RangeError(`i64x2 constant out of range: ${n}`);
    const lane = [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff, 0, 0, 0, 0];
    return this.simd(0x0c, ...lane, ...lane);
  }
  /** Lane-wise 64-bit integer addition. */
  i64x2Add(): this { return this.simd(0xce); }
  /** Shifts both 64-bit lanes left by an i32 count (popped last). */
  i64x2Shl(): this { return this.simd(0xcb); }
  /** Bytes of the two popped vectors (a: 0–15, b: 16–31) picked by 16 lane indices. */
  i8x16Shuffle(lanes: readonly number[]): this {
    if (lanes.length !== 16 || lanes.some((l) => !Number.isInteger(l) || l < 0 || l > 31)) throw new RangeError(`bad shuffle lanes: ${lanes.join(',')}`);
    return this.simd(0x0d, ...lanes);
  }
  /** Bitwise or. */
  v128Or(): this { return this.simd(0x50); }
  /** Lane-wise pseudo-maximum: b where a < b, else a (so NaN in a passes through). */
  f64x2Pmax(): this { return this.simd(0xf7); }
  /** Lane-wise greater-than: all-ones mask where a > b (false for NaN). */
  f64x2Gt(): this { return this.simd(0x4a); }
  /** Lane-wise inequality: all-ones mask where a ≠ b (true for NaN). */
  f64x2Ne(): this { return this.simd(0x48); }
  /** The top bit of each 64-bit lane as an i32: lane 0 in bit 0, lane 1 in bit 1. */
  i64x2Bitmask(): this { return this.simd(0xc4); }
  /** Bitwise and. */
  v128And(): this { return this.simd(0x4e); }
  /** 1 when any bit of the vector is set, else 0 (an i32). */
  v128AnyTrue(): this { return this.simd(0x53); }
  /** Picks bits of the first operand where the mask (third operand) is set, else of the second. */
  v128Bitselect(): this { return this.simd(0x52); }
}
