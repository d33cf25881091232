// The engine's own e^x − 1 for ELU and SELU, written like its tanh (nn/tanh.ts): additions,
// multiplications and one division in an order the WebAssembly kernels repeat lane for lane
// (kernel/expm1-simd.ts), so both paths compute the same bits. Math.expm1 cannot be repeated there.
//
// Cephes' Padé exp on r = x − k·ln 2 (Cody–Waite), k = round(x/ln 2): e^x = 2^k·(Q + rP)/(Q − rP) with
// P, Q polynomials in r². Where |x| < 0.5, k is taken as 0 and r = x, and Cephes' expm1 is 2·rP/(Q − rP), which
// keeps full relative accuracy near 0. Arguments below −40 are clamped (e^−40 − 1 rounds to −1); past 709
// the result is +∞ (ELU and SELU take it for x ≤ 0 only). Measured: at most 3 ulp from Math.expm1 (test/engine/nn/expm1.test.ts).
import { TANH } from './tanh';

/** The numbers both implementations share; the polynomial and ln 2 constants are tanh's exponential's. */
export const EXPM1 = {
  /** Below this |x|, k is taken as 0 (so r = x) and the rational form is used. */
  small: 0.5,
  low: -40,
  /** Past this, +∞ (e^709 is finite; 2^k for the k of larger arguments is not). */
  high: 709,
  /** The smallest k that occurs (x = −40), for the table of powers of two. */
  minK: -58,
} as const;

/** 2^k for k = minK … 1023. */
const POW2 = Float64Array.from({ length: 1023 - EXPM1.minK + 1 }, (_, i) => 2 ** (i + EXPM1.minK));

/** e^x − 1 by the engine's own evaluation; NaN → NaN, ±0 → ±0, −∞ → −1, above 709 → +∞. */
export function expm1(x: number): number {
  if (x > EXPM1.high) return Infinity;
  let c = x < EXPM1.low ? EXPM1.low : x;
  c = EXPM1.high < c ? EXPM1.high : c;
  const small = Math.abs(x) < EXPM1.small;
  const k = small ? 0 : c * TANH.log2e + TANH.round - TANH.round;
  const g = c - k * TANH.ln2Hi - k * TANH.ln2Lo;
  const gg = g * g;
  const pg = g * ((TANH.e[0] * gg + TANH.e[1]) * gg + TANH.e[2]);
  const qg = ((TANH.f[0] * gg + TANH.f[1]) * gg + TANH.f[2]) * gg + TANH.f[3];
  if (small) {
    const d = pg / (qg - pg);
    return d + d;
  }
  return ((qg + pg) / (qg - pg)) * POW2[k - EXPM1.minK] - 1;
}
