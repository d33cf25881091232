// A perceptually uniform, colour-blind-safe sequential scale (viridis) for heatmaps, and value → [0, 1] maps.

/** Viridis sampled at 9 evenly spaced stops (matplotlib's table), interpolated linearly in sRGB between them. */
const VIRIDIS: readonly [number, number, number][] = [
  [68, 1, 84],
  [71, 44, 122],
  [59, 81, 139],
  [44, 113, 142],
  [33, 144, 141],
  [39, 173, 129],
  [92, 200, 99],
  [170, 220, 50],
  [253, 231, 37],
];

/** The viridis colour at t ∈ [0, 1] (clamped), as #rrggbb. */
export function viridis(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const c = VIRIDIS[i].map((v, k) => Math.round(v + (VIRIDIS[i + 1][k] - v) * f));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Black or white, whichever reads better on a background colour (WCAG relative luminance). */
export function textOn(hex: string): '#000000' | '#ffffff' {
  const n = parseInt(hex.slice(1), 16);
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const L = 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
  return L > 0.179 ? '#000000' : '#ffffff';
}

/** Maps values onto [0, 1] over [lo, hi], on a log axis when both ends are positive and span more than a factor 20. */
export function unitScale(lo: number, hi: number): { log: boolean; at(v: number): number } {
  const log = lo > 0 && hi / lo > 20;
  if (!(hi > lo)) return { log: false, at: () => 0.5 };
  if (log) {
    const a = Math.log(lo);
    const b = Math.log(hi);
    return { log, at: (v) => (Math.log(v) - a) / (b - a) };
  }
  return { log, at: (v) => (v - lo) / (hi - lo) };
}
