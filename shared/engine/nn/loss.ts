// The two binary cross-entropy losses. Both have the same gradient with respect to the output logits,
// dZ_L = (A_L − Y)/m, so they differ only in how the reported cost is computed.
import { pairwiseSum } from './sum';

/** A cost over m samples from the output logits z, probabilities a = σ(z) and 0/1 labels y; terms is scratch of length ≥ m. */
export interface Loss {
  label: string;
  description: string;
  cost(z: Float64Array, a: Float64Array, y: Float64Array, m: number, terms: Float64Array): number;
}

/** Both losses by name. */
const entries = {
  course: {
    label: 'Course cross-entropy',
    description: '(1/m)·nansum(−y·log a − (1−y)·log(1−a)); no clipping: a confident wrong answer costs ∞, a saturated right one NaN (skipped).',
    cost(_z, a, y, m, terms) {
      for (let j = 0; j < m; j++) {
        const t = -Math.log(a[j]) * y[j] + -Math.log(1 - a[j]) * (1 - y[j]);
        terms[j] = t === t ? t : 0; // nansum
      }
      return (1 / m) * pairwiseSum(terms, 0, m);
    },
  },
  stable: {
    label: 'Stable cross-entropy',
    description: '(1/m)·Σ (max(z,0) − z·y + log(1 + e^−|z|)) from the logits: finite whenever z is.',
    cost(z, _a, y, m, terms) {
      for (let j = 0; j < m; j++) {
        const zj = z[j];
        terms[j] = (zj > 0 ? zj : 0) - zj * y[j] + Math.log1p(Math.exp(-Math.abs(zj)));
      }
      return (1 / m) * pairwiseSum(terms, 0, m);
    },
  },
} satisfies Record<string, Loss>;

/** The registry, every entry typed as Loss. */
export const LOSSES: { readonly [K in keyof typeof entries]: Loss } = entries;

/** A loss name. */
export type LossName = keyof typeof LOSSES;

/** Loss names in registry order. */
export const LOSS_NAMES = Object.keys(LOSSES) as LossName[];
