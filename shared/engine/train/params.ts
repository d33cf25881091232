// Parameter helpers every training path uses: copies for the result, and the divergence test.
import type { Params } from '../types';

/** A deep copy of parameters. */
export function cloneParams(p: Params): Params {
  return { dims: [...p.dims], W: p.W.map((w) => w.slice()), b: p.b.map((b) => b.slice()) };
}

/** Whether every weight and bias is finite (x·0 is NaN exactly for ±∞ and NaN). */
export function paramsFinite(p: Params): boolean {
  let s = 0;
  for (const w of p.W) for (let i = 0; i < w.length; i++) s += w[i] * 0;
  for (const b of p.b) for (let i = 0; i < b.length; i++) s += b[i] * 0;
  return s === 0;
}
