// How a link of the network drawing looks: colour by sign (blue positive, orange negative, as TensorFlow
// Playground), width and opacity by |value| against the drawing's largest, on a square-root scale.
import { OKABE_ITO } from '../charts/palette';

/** A link's stroke. */
export interface LinkStyle {
  color: string;
  width: number;
  opacity: number;
}

/** Positive values blue, negative orange (Okabe–Ito, so they stay apart under colour-vision deficiencies). */
export const LINK_COLORS = { positive: OKABE_ITO.blue, negative: OKABE_ITO.orange, invalid: OKABE_ITO.reddishPurple } as const;

/** Thinnest and thickest stroke, in SVG units. */
export const LINK_WIDTH = { min: 0.5, max: 6 } as const;

/** Where |value| stands between 0 and maxAbs: √(|v| / maxAbs), so a link a hundredth as strong still shows at a tenth. */
export function linkStrength(value: number, maxAbs: number): number {
  if (!(maxAbs > 0) || !Number.isFinite(value)) return 0;
  return Math.min(1, Math.sqrt(Math.abs(value) / maxAbs));
}

/** The stroke of a link with this value; a non-finite value is drawn full width in purple, so a blow-up is seen. */
export function linkStyle(value: number, maxAbs: number): LinkStyle {
  if (!Number.isFinite(value)) return { color: LINK_COLORS.invalid, width: LINK_WIDTH.max, opacity: 1 };
  const t = linkStrength(value, maxAbs);
  return {
    color: value < 0 ? LINK_COLORS.negative : LINK_COLORS.positive,
    width: LINK_WIDTH.min + (LINK_WIDTH.max - LINK_WIDTH.min) * t,
    opacity: 0.15 + 0.85 * t,
  };
}
