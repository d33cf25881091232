// The engine's own tanh: plain additions, multiplications and divisions (no fused multiply-add, no
// library call) in an order the WebAssembly kernels repeat lane for lane (kernel/tanh-simd.ts), so the
// reference and fast paths compute the same bits. Math.tanh cannot be repeated inside WebAssembly.
//
// Below 0.625 it is Cephes' odd rational approximation tanh(x) = x + x·x²·P(x²)/Q(x²); above, 1 − 2/(e^{2x} + 1)
// with Cephes' Padé exp: e^y = 2^k·(Q(r²) + r·P(r²))/(Q(r²) − r·P(r²)), k = round(y/ln 2), r = y − k·ln 2 in
// two parts (Cody–Waite). Arguments past 22 are clamped (tanh(22) rounds to 1). Measured: at most 2 ulp
// from Math.tanh (test/engine/nn/tanh.test.ts; `npm run bench -- --only deep` prints the sweep).

/** The numbers both implementations share, in the order they are used. */
export const TANH = {
  /** Below this |x| the rational approximation is used. */
  small: 0.625,
  /** |x| is clamped to this before the exponential (tanh is 1 to double precision well before it). */
  clamp: 22,
  /** Cephes tanh.c: numerator P(s) = (p0·s + p1)·s + p2 and monic denominator Q(s) = ((s + q0)·s + q1)·s + q2. */
  p: [-0.9643991794250523, -99.28772310019185, -1614.6876844170845],
  q: [112.81167849163293, 2235.4883906010045, 4844.063053251255],
  /** Cephes exp.c: numerator (e0·r² + e1)·r² + e2, denominator ((f0·r² + f1)·r² + f2)·r² + f3. */
  e: [0.00012617719307481058, 0.030299440770744195, 1],
  f: [3.0019850513866446e-6, 0.002524483403496841, 0.22726554820815503, 2],
  log2e: 1.4426950408889634,
  /** ln 2 = ln2Hi + ln2Lo, ln2Hi short enough that k·ln2Hi is exact for the k that occur (0..64). */
  ln2Hi: 0.693145751953125,
  ln2Lo: 1.4286068203094173e-6,
  /** 1.5·2^52: adding and subtracting it rounds a double below 2^51 to the nearest integer (ties to even). */
  round: 6755399441055744,
} as const;

/** 2^k for the exponents the clamped exponential can take. */
const POW2 = Float64Array.from({ length: 65 }, (_, k) => 2 ** k);

/** tanh(x) by the engine's own evaluation (see the file comment); NaN → NaN, ±0 → ±0, ±∞ → ±1. */
export function tanh(x: number): number {
  if (x === 0) return x;
  const ax = Math.abs(x);
  let r: number;
  if (ax < TANH.small) {
    const s = ax * ax;
    const p = (TANH.p[0] * s + TANH.p[1]) * s + TANH.p[2];
    const q = ((s + TANH.q[0]) * s + TANH.q[1]) * s + TANH.q[2];
    r = ax + ax * s * (p / q);
  } else {
    const c = TANH.clamp < ax ? TANH.clamp : ax;
    const y = c + c;
    const k = y * TANH.log2e + TANH.round - TANH.round;
    const g = y - k * TANH.ln2Hi - k * TANH.ln2Lo;
    const gg = g * g;
    const pg = g * ((TANH.e[0] * gg + TANH.e[1]) * gg + TANH.e[2]);
    const qg = ((TANH.f[0] * gg + TANH.f[1]) * gg + TANH.f[2]) * gg + TANH.f[3];
    // e^y = 2^k·(qg + pg)/(qg − pg), so 1 − 2/(e^y + 1) = 1 − 2a/(b + a) with a = qg − pg, b = 2^k·(qg + pg):
    // one division, as the small branch has (the kernels divide once for both).
    const a = qg - pg;
    const b = (qg + pg) * POW2[k];
    r = 1 - (a + a) / (b + a);
  }
  return x < 0 ? -r : r;
}
