// The natural logarithm exactly as glibc computes it on x86-64 with FMA, for numpy's legacy Gaussian.
//
// numpy's legacy gauss (Marsaglia polar method) takes f = sqrt(−2·log(r2)/r2) with the C library's log.
// On the reference platform (Debian 12, glibc 2.36, x86-64 with FMA and AVX2, as on CI) numpy's mtrand
// binds log@GLIBC_2.2.5, whose wrapper jumps, like Python's math.log, to the ifunc __ieee754_log, and that
// resolves to __ieee754_log_fma: sysdeps/ieee754/dbl-64/e_log.c (Arm's optimized-routines algorithm)
// built with -mfma -mavx2, so its __FP_FAST_FMA branch computes r = fma(z, 1/c, −1) and GCC contracts the
// polynomials into further FMAs. glibc promises 0.52 ulp, not correct rounding: about 1 polar-method
// argument in 1,200 gets a log one ulp away from the exactly rounded one (logExact), and a pair of
// draws made with logExact would then differ from numpy's in the last bit.
//
// This file replays __ieee754_log_fma operation for operation. Each fused step follows the vfmadd…sd
// instructions of that libm.so.6, not only the C source: GCC also fuses across statements
// (y = r3·p; y += lo becomes fma(r3, p, lo)). The tables are glibc's (glibc-log-data.ts) and every FMA is
// emulated exactly (glibc-log-fma.ts). It agrees with Python's math.log on every argument of the
// reference fixture (test/fixtures/glibc-log.json), the polar method's hard cases included.
//
// With GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,-FMA glibc picks its SSE2/AVX build instead (the
// !__FP_FAST_FMA branch: r = (z − chi − clo)·(1/c), nothing fused). That variant differs from the FMA one
// on about 1 polar-method argument in 9,000, and numpy's randn changes with it: numpy uses whichever log
// the CPU selects, so on a machine without FMA about 1 draw in 9,000 would differ from this stream.
import { fma } from './glibc-log-fma';
import { A, B, INVC, LN2_HI, LN2_LO, LOGC } from './glibc-log-data';

const NEAR_ONE_LO = 0.9375; // 1 − 2^−4
const NEAR_ONE_HI = 1.064697265625; // 1 + 0x1.09p−4, excluded
const OFF_HI = 0x3fe60000; // high word of 0x1.6p−1: the table covers [OFF, 2·OFF)
const TWO_27 = 134217728;
const TWO_52 = 4503599627370496;
const MIN_NORMAL = 2.2250738585072014e-308;

const bits = new DataView(new ArrayBuffer(8));

/** log(x) for x within 2^−4 of 1 (from below) or 0x1.09p−4 (from above): a degree-12 polynomial in r = x − 1. */
function logNearOne(x: number): number {
  if (x === 1) return 0;
  const r = x - 1; // exact (Sterbenz)
  const r2 = r * r;
  const r3 = r * r2;
  const q1 = fma(r2, B[3], fma(r, B[2], B[1]));
  const q2 = fma(r2, B[6], fma(r, B[5], B[4]));
  const q3 = fma(r3, B[10], fma(r2, B[9], fma(r, B[8], B[7])));
  const p = fma(fma(q3, r3, q2), r3, q1);
  // r = rhi + rlo with rhi's 26 leading bits, so rhi² and −0.5·rhi² are exact; the error of r − r²/2 goes to lo.
  const rhi = fma(-TWO_27, r, fma(r, TWO_27, r));
  const rlo = r - rhi;
  const rhi2 = rhi * rhi;
  const hi = fma(rhi2, B[0], r);
  let lo = fma(rhi2, B[0], r - hi);
  lo = fma(B[0] * rlo, r + rhi, lo);
  return hi + fma(p, r3, lo);
}

/**
 * Natural logarithm bit for bit as glibc 2.36's log on x86-64 with FMA (__ieee754_log_fma), the log numpy's
 * randn calls on this platform; log(±0) = −∞, log(x < 0) = NaN, log(∞) = ∞.
 */
export function glibcLog(x: number): number {
  if (x >= NEAR_ONE_LO && x < NEAR_ONE_HI) return logNearOne(x);
  if (!(x >= MIN_NORMAL) || x === Infinity) {
    if (x === 0) return -Infinity;
    if (!(x > 0)) return NaN;
    if (x === Infinity) return x;
  }
  let shift = 0;
  if (x < MIN_NORMAL) {
    x *= TWO_52; // subnormal: scale into the normal range, exactly
    shift = 52;
  }
  bits.setFloat64(0, x);
  const hiWord = bits.getUint32(0);
  // x = 2^k·z with z in [0x1.6p−1, 0x1.6p+0); the top bits of z pick the table entry (c near z).
  const tmp = (hiWord - OFF_HI) | 0;
  const i = (tmp >>> 13) & 0x7f;
  const k = tmp >> 20;
  bits.setUint32(0, hiWord - k * 0x100000);
  const z = bits.getFloat64(0);
  const kd = k - shift;
  const invc = INVC[i];

  // log(x) = log1p(r) + log(c) + k·ln 2 with r = z/c − 1, |r| < 1/256.
  const r = fma(z, invc, -1);
  const w = fma(kd, LN2_HI, LOGC[i]);
  const hi = w + r;
  const lo = fma(kd, LN2_LO, w - hi + r);
  const r2 = r * r;
  const r3 = r * r2;
  const p = fma(fma(r, A[4], A[3]), r2, fma(r, A[2], A[1]));
  return fma(r3, p, fma(r2, A[0], lo)) + hi;
}
