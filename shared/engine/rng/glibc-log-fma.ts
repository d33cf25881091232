// A fused multiply-add, a·b + c rounded once to nearest-even, bit for bit what x86's vfmadd returns.
// JavaScript has none, and the C library's log is built with FMA instructions on machines that have them.
//
// Fast path (Boldo & Melquiond, "Emulation of FMA and correctly rounded sums: proved algorithms using
// rounding to odd", IEEE TC 2008): a·b = uh + ul exactly (Dekker's product), c + uh = th + tl exactly
// (TwoSum), v = tl + ul rounded to odd, result = th + v rounded to nearest. Rounding to odd keeps the
// sticky information the final rounding needs, so the result is the correctly rounded a·b + c (a naive
// double-double sum is not: it can round twice across a halfway point). The proof needs every step free of
// overflow and of underflow below 2^−1022; arguments outside that range take an exact BigInt path instead.

const SPLITTER = 134217729; // 2^27 + 1, Veltkamp's split
const TINY = 2 ** -900;
const HUGE = 2 ** 900;
const SPLIT_LIMIT = 2 ** 995; // SPLITTER·a must not overflow

const bits = new DataView(new ArrayBuffer(8));

/** The double next to the finite x in the direction of the sign of `toward`. */
function nextToward(x: number, toward: number): number {
  if (x === 0) return toward > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  bits.setFloat64(0, x);
  const up = toward > 0 === x > 0; // away from zero
  let hi = bits.getUint32(0);
  let lo = bits.getUint32(4);
  if (up) {
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi += 1;
  } else {
    if (lo === 0) hi -= 1;
    lo = (lo - 1) >>> 0;
  }
  bits.setUint32(0, hi >>> 0);
  bits.setUint32(4, lo);
  return bits.getFloat64(0);
}

/** Whether x's last significand bit is 1. */
function isOdd(x: number): boolean {
  bits.setFloat64(0, x);
  return (bits.getUint32(4) & 1) === 1;
}

/** a + b rounded to odd: the exact sum when representable, else whichever neighbour has an odd last bit. */
function addRoundToOdd(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  const err = a - (s - bb) + (b - bb);
  if (err === 0 || isOdd(s)) return s;
  return nextToward(s, err);
}

/** a·b + c with a single rounding to nearest, ties to even (IEEE 754 fusedMultiplyAdd). */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  // Infinities and NaNs in the arguments, and exact zero products, behave as the unfused expression.
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c) || a === 0 || b === 0) return p + c;
  const ap = Math.abs(p);
  const ac = Math.abs(c);
  const safe =
    ap >= TINY && ap <= HUGE && (c === 0 || (ac >= TINY && ac <= HUGE)) && Math.abs(a) < SPLIT_LIMIT && Math.abs(b) < SPLIT_LIMIT;
  if (!safe) return fmaExact(a, b, c);

  // Dekker: uh + ul = a·b exactly.
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const uh = p;
  const ul = ah * bh - p + ah * bl + al * bh + al * bl;

  // TwoSum: th + tl = c + uh exactly.
  const th = c + uh;
  const z = th - c;
  const tl = c - (th - z) + (uh - z);

  return th + addRoundToOdd(tl, ul);
}

/** x as m·2^e with m an integer (x finite). */
function decompose(x: number): [bigint, number] {
  bits.setFloat64(0, x);
  const hi = bits.getUint32(0);
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(bits.getUint32(4));
  const m = biased === 0 ? fraction : fraction | (1n << 52n);
  const e = biased === 0 ? -1074 : biased - 1075;
  return [hi >>> 31 ? -m : m, e];
}

/** 2^k as a double, built from its bits (k in −1074..1023). */
export function pow2(k: number): number {
  if (k >= -1022) {
    bits.setUint32(0, (k + 1023) << 20);
    bits.setUint32(4, 0);
  } else if (k >= -1042) {
    bits.setUint32(0, 1 << (k + 1042));
    bits.setUint32(4, 0);
  } else {
    bits.setUint32(0, 0);
    bits.setUint32(4, 2 ** (k + 1074));
  }
  return bits.getFloat64(0);
}

/** a·b + c rounded once, by exact integer arithmetic; for the arguments the fast path cannot take. */
export function fmaExact(a: number, b: number, c: number): number {
  const [ma, ea] = decompose(a);
  const [mb, eb] = decompose(b);
  const [mc, ec] = decompose(c);
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  const n = ((ma * mb) << BigInt(ep - e)) + (mc << BigInt(ec - e));
  if (n === 0n) return a * b + c; // exact zero: IEEE's sign rules for the sum of a zero product and c
  const negative = n < 0n;
  const mag = negative ? -n : n;
  const length = mag.toString(2).length;
  // Keep 53 significant bits, or fewer where the result falls below 2^−1022 (multiples of 2^−1074 only).
  const drop = Math.max(length - 53, -1074 - e);
  let q = mag;
  if (drop > 0) {
    const shift = BigInt(drop);
    q = mag >> shift;
    const rest = mag - (q << shift);
    const half = 1n << (shift - 1n);
    if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
  }
  // q ≤ 2^53 and the result is q·2^k: exact whenever representable, so one multiplication by 2^k finishes it.
  const k = e + Math.max(drop, 0);
  const value = k >= 972 ? Infinity : Number(q) * pow2(k);
  return negative ? -value : value;
}
