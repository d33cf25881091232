// Linear axis arithmetic for the hand-drawn (SVG) plots: a padded domain, round tick values, value → pixel.

/** A closed interval of values. */
export interface Domain {
  lo: number;
  hi: number;
}

/** The range of the finite values, padded by `pad` of its width (a single value gets ±1 or ±10% around it); null when none. */
export function paddedDomain(values: readonly number[], pad = 0.08): Domain | null {
  const xs = values.filter(Number.isFinite);
  if (!xs.length) return null;
  let lo = Math.min(...xs);
  let hi = Math.max(...xs);
  if (lo === hi) {
    const d = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return { lo: lo - d, hi: hi + d };
  }
  const d = (hi - lo) * pad;
  lo -= d;
  hi += d;
  return { lo, hi };
}

/** About `count` round tick values (1, 2 or 5 × 10^k apart) inside the domain. */
export function niceTicks(domain: Domain, count = 5): number[] {
  const span = domain.hi - domain.lo;
  if (!(span > 0) || !Number.isFinite(span)) return [domain.lo];
  const raw = span / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let v = Math.ceil(domain.lo / step) * step; v <= domain.hi + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : Number(v.toPrecision(12)));
  return out;
}

/** Maps a value of the domain onto [from, to] (pixels; `to` < `from` for a y axis pointing up). */
export function scaleLinear(domain: Domain, from: number, to: number): (v: number) => number {
  const k = (to - from) / (domain.hi - domain.lo);
  return (v) => from + (v - domain.lo) * k;
}
