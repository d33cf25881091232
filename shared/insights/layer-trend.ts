// How a per-layer statistic changes with depth: where a fall or rise starts, by what factor per layer.

/** One layer's value of a statistic. */
export interface LayerValue {
  layer: number;
  value: number;
}

/** A monotone trend along the layers (in the order given: forward for activations, backward for gradients). */
export interface LayerTrend {
  /** The layer the trend is measured from (the first in order). */
  reference: LayerValue;
  /** The most extreme layer (smallest for a fall, largest for a rise; the first exact 0 or non-finite value). */
  extreme: LayerValue;
  /** extreme / reference (0 or ∞ where the extreme is). */
  ratio: number;
  /** First layer, in order, whose step from the one before is a fall (rise) by more than the step factor. */
  start: number;
  /** Geometric mean of the step from the layer before `start` to the last finite non-zero layer up to the extreme. */
  factorPerLayer: number;
}

/**
 * The fall ('vanishing') or rise ('exploding') of `values` (ordered along the signal's direction) relative
 * to the first, or null when no layer is beyond `ratio` of it. Values that are 0 count as a complete fall;
 * ∞ and NaN as a complete rise.
 */
export function layerTrend(values: readonly LayerValue[], direction: 'vanishing' | 'exploding', ratio: number, stepFactor: number): LayerTrend | null {
  if (values.length < 2) return null;
  const reference = values[0];
  if (!(reference.value > 0 && Number.isFinite(reference.value))) return null;
  const beyond = (v: number) => (direction === 'vanishing' ? v === 0 || v / reference.value < 1 / ratio : !Number.isFinite(v) || v / reference.value > ratio);
  let extremeIndex = -1;
  for (let i = 1; i < values.length; i++) {
    const v = values[i].value;
    if (direction === 'vanishing' && Number.isNaN(v)) break;
    if (!beyond(v)) continue;
    if (extremeIndex < 0 || more(direction, v, values[extremeIndex].value)) extremeIndex = i;
    if (v === 0 || !Number.isFinite(v)) break;
  }
  if (extremeIndex < 0) return null;
  const extreme = values[extremeIndex];
  let startIndex = 1;
  for (let i = 1; i <= extremeIndex; i++) {
    const step = values[i].value / values[i - 1].value;
    if (direction === 'vanishing' ? !(step >= 1 / stepFactor) : !(step <= stepFactor)) {
      startIndex = i;
      break;
    }
  }
  // The factor uses the last layer with a usable (finite, non-zero) value, so exact zeros do not make it 0.
  let endIndex = extremeIndex;
  while (endIndex > startIndex && !(values[endIndex].value > 0 && Number.isFinite(values[endIndex].value))) endIndex--;
  const base = values[startIndex - 1].value;
  const end = values[endIndex].value;
  const factorPerLayer = end > 0 && Number.isFinite(end) ? (end / base) ** (1 / (endIndex - startIndex + 1)) : direction === 'vanishing' ? 0 : Infinity;
  return { reference, extreme, ratio: extreme.value / reference.value, start: values[startIndex].layer, factorPerLayer };
}

function more(direction: 'vanishing' | 'exploding', v: number, than: number): boolean {
  return direction === 'vanishing' ? v < than : !(v <= than);
}
