// A log10 scale for per-layer statistics that span 1e-300..1e300: every value falls in one named class, so
// exact zeros and non-finite values are drawn apart from the finite ones instead of vanishing off a log axis.

/** What a value is, for drawing: a finite positive value on the log scale, or one of the marked kinds. */
export type ValueClass = 'finite' | 'zero' | 'infinite' | 'nan' | 'negative';

/** The class of one value. */
export function classify(v: number): ValueClass {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity || v === -Infinity) return 'infinite';
  if (v === 0) return 'zero';
  return v > 0 ? 'finite' : 'negative';
}

/** How each marked class is named in a legend. */
export const CLASS_LABELS: Record<Exclude<ValueClass, 'finite'>, string> = {
  zero: 'exactly 0',
  infinite: '∞',
  nan: 'NaN (not recorded or broken)',
  negative: 'negative',
};

/** A log10 range over finite positive values: lo ≤ log10(v) ≤ hi, at least one decade wide. */
export interface LogRange {
  lo: number;
  hi: number;
}

/**
 * The range of log10 over the finite positive values (subnormals included: log10(5e-324) ≈ −323.3), widened
 * to whole decades and to at least one decade; null when there is no such value.
 */
export function logRange(values: Iterable<number>): LogRange | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!(v > 0) || v === Infinity) continue;
    const l = Math.log10(v);
    if (l < lo) lo = l;
    if (l > hi) hi = l;
  }
  if (lo === Infinity) return null;
  const a = Math.floor(lo);
  const b = Math.max(Math.ceil(hi), a + 1);
  return { lo: a, hi: b };
}

/** Where a finite positive value sits in a range, in [0, 1]; NaN for any other value. */
export function logPosition(v: number, range: LogRange): number {
  if (!(v > 0) || v === Infinity) return NaN;
  return Math.min(1, Math.max(0, (Math.log10(v) - range.lo) / (range.hi - range.lo)));
}

/** A power of ten written for an axis: 10^−26 as "1e-26", 10^0 as "1". */
export function decadeLabel(exponent: number): string {
  if (exponent === 0) return '1';
  if (exponent > -4 && exponent < 4) return String(10 ** exponent).replace(/^0\./, '0.');
  return `1e${exponent}`;
}

/** About `count` whole-decade ticks across a range (every k-th decade). */
export function decadeTicks(range: LogRange, count = 6): number[] {
  const span = range.hi - range.lo;
  const step = Math.max(1, Math.ceil(span / count));
  const out: number[] = [];
  for (let e = Math.ceil(range.lo / step) * step; e <= range.hi; e += step) out.push(e);
  return out;
}
