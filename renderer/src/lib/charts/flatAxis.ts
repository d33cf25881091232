// A y axis for curves that barely move: chart.js would stretch a constant cost (0.693147 ± 1e-16) over the
// whole plot, so rounding noise reads as a wild curve; such a range is widened around its value instead.

/** Ranges narrower than this share of their magnitude count as flat (far above float rounding, far below any real change shown). */
export const FLAT_RELATIVE_SPAN = 1e-6;

/** Bounds for an axis whose finite values lie in [lo, hi], or null when the range is wide enough to draw as is. */
export function flatAxisBounds(lo: number, hi: number, log: boolean): { min: number; max: number } | null {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi) return null;
  const magnitude = Math.max(Math.abs(lo), Math.abs(hi));
  if (hi - lo > FLAT_RELATIVE_SPAN * magnitude && hi - lo > 1e-300) return null;
  const mid = (lo + hi) / 2;
  if (log) return mid > 0 ? { min: mid / 10, max: mid * 10 } : null;
  // ±10% of the value (±1 around zero): a flat line drawn as flat, its value readable on the axis
  const pad = magnitude > 0 ? magnitude * 0.1 : 1;
  return { min: mid - pad, max: mid + pad };
}

/** The finite range of the drawable ys of several curves (NaN marks a point not drawn). */
export function finiteRange(curves: Iterable<ArrayLike<number>>): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const ys of curves) {
    for (let i = 0; i < ys.length; i++) {
      const v = ys[i];
      if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    }
  }
  return { lo, hi };
}
