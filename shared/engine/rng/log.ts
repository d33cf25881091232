// A correctly rounded natural logarithm, for the seedrandom stream's polar-method Gaussian (seeded.ts). V8's
// Math.log (an fdlibm port) is off by one ulp for about 1 argument in 20 of the polar method's range, so it
// would tie draws to the JavaScript engine; evaluating log in double-double arithmetic and rounding once gives
// the exactly rounded result, which Python's Decimal reproduces in exported snippets. The numpy stream uses
// glibcLog instead (glibc-log.ts): numpy calls the C library's log, which misrounds ~0.08% of arguments.

const LN2_HI = 0.6931471805599453; // ln 2 rounded to a double
const LN2_LO = 2.3190468138462996e-17; // ln 2 − LN2_HI
const SPLITTER = 134217729; // 2^27 + 1, Dekker's split
const TWO_54 = 18014398509481984;

const bits = new DataView(new ArrayBuffer(8));

// Double-double helpers: a value is hi + lo with |lo| ≤ ulp(hi)/2. Results go to this scratch pair
// so the hot path allocates nothing.
let rh = 0;
let rl = 0;

function twoProd(a: number, b: number): void {
  const p = a * b;
  let c = SPLITTER * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLITTER * b;
  const bh = c - (c - b);
  const bl = b - bh;
  rh = p;
  rl = ah * bh - p + ah * bl + al * bh + al * bl;
}

function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh;
  const bb = s - ah;
  const e = ah - (s - bb) + (bh - bb) + al + bl;
  rh = s + e;
  rl = e - (rh - s);
}

function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = rh;
  const e = rl + (ah * bl + al * bh);
  rh = p + e;
  rl = e - (rh - p);
}

// atanh(s)/s = Σ t^k/(2k+1), t = s² ≤ 0.0295. Terms k < DD_TERMS carry double-double coefficients;
// the tail from k = DD_TERMS is below 2^−45 of the sum, so plain doubles keep it within 2^−97;
// terms past k = LAST_TERM are below 2^−110.
const DD_TERMS = 8;
const LAST_TERM = 22;
const COEF_HI = new Float64Array(DD_TERMS);
const COEF_LO = new Float64Array(DD_TERMS);
for (let k = 0; k < DD_TERMS; k++) {
  const n = 2 * k + 1;
  const hi = 1 / n;
  twoProd(hi, n);
  COEF_HI[k] = hi;
  COEF_LO[k] = (1 - rh - rl) / n;
}

/** Natural logarithm, correctly rounded to nearest (log(0) = −∞, log(x < 0) = NaN). */
export function logExact(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return x;
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= TWO_54;
    e = -54;
  }
  bits.setFloat64(0, x);
  const hiWord = bits.getUint32(0);
  e += (hiWord >>> 20) - 1023;
  bits.setUint32(0, (hiWord & 0x000fffff) | 0x3ff00000);
  let m = bits.getFloat64(0); // x = m · 2^e, m in [1, 2)
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  // log m = 2·atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.1716; m − 1 is exact (Sterbenz).
  const a = m - 1;
  const bh = m + 1;
  const bv = bh - m;
  const bl = m - (bh - bv) + (1 - bv);
  const sh = a / bh;
  twoProd(sh, bh);
  const sl = (a - rh - rl - sh * bl) / bh;
  ddMul(sh, sl, sh, sl);
  const th = rh;
  const tl = rl;
  let tail = 1 / (2 * LAST_TERM + 1);
  for (let k = LAST_TERM - 1; k >= DD_TERMS; k--) tail = tail * th + 1 / (2 * k + 1);
  let ph = tail;
  let pl = 0;
  for (let k = DD_TERMS - 1; k >= 0; k--) {
    ddMul(ph, pl, th, tl);
    ddAdd(rh, rl, COEF_HI[k], COEF_LO[k]);
    ph = rh;
    pl = rl;
  }
  ddMul(ph, pl, 2 * sh, 2 * sl);
  const lh = rh;
  const ll = rl;
  if (e === 0) return lh + ll;
  twoProd(e, LN2_HI);
  const eh = rh;
  const el = rl + e * LN2_LO;
  ddAdd(eh, el, lh, ll);
  return rh + rl;
}
