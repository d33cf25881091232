// Colours that stay distinguishable under the common colour-vision deficiencies (Okabe & Ito, 2008).

/** The Okabe–Ito palette by name. */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** Series colours in the order arms take them; yellow is last because it is faint on white. */
export const SERIES_COLORS: readonly string[] = [
  OKABE_ITO.vermillion,
  OKABE_ITO.blue,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.orange,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.yellow,
];

/** The colour of the i-th series (wraps around). */
export function seriesColor(i: number): string {
  return SERIES_COLORS[((i % SERIES_COLORS.length) + SERIES_COLORS.length) % SERIES_COLORS.length];
}

/** The two class colours of a binary data set: class 0 blue, class 1 orange. */
export const CLASS_COLORS = { negative: OKABE_ITO.blue, positive: OKABE_ITO.orange } as const;

/** Colours of the classes of a K-class set: the binary pair first, then the rest of Okabe–Ito (yellow, faint, last). */
export const MULTI_CLASS_COLORS: readonly string[] = [
  CLASS_COLORS.negative,
  CLASS_COLORS.positive,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
  OKABE_ITO.yellow,
];

/** The colour of class k of K: K distinct colours (Okabe–Ito up to 8 classes, evenly spaced hues beyond). */
export function classColor(k: number, K: number): string {
  if (K <= MULTI_CLASS_COLORS.length) return MULTI_CLASS_COLORS[Math.max(0, Math.min(MULTI_CLASS_COLORS.length - 1, Math.round(k)))];
  return `hsl(${Math.round((360 * k) / K)}, 70%, 42%)`;
}

/** A hex colour with an alpha in [0, 1], as rgba(). */
export function withAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Parses #rrggbb into [r, g, b]. */
export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
