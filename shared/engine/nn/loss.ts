// The two binary cross-entropy losses of one sigmoid unit, and the categorical cross-entropy of K softmax
// units. All have the same gradient with respect to the output logits, dZ_L = (A_L − Y)/m (Y one-hot for
// softmax), so they differ only in how the reported cost is computed.
import { categoricalCost } from './output';
import { pairwiseSum } from './sum';

/**
 * A cost over m samples from the output logits z, probabilities a and class labels y; terms is scratch of
 * length ≥ m. z and a are K × m with row stride `stride` (default m); the binary losses read row 0 only.
 */
export interface Loss {
  label: string;
  description: string;
  cost(z: Float64Array, a: Float64Array, y: Float64Array, m: number, terms: Float64Array, stride?: number): number;
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

/** The loss of K ≥ 2 softmax units: mean categorical cross-entropy from the logits (log-sum-exp). */
export function categoricalLoss(K: number): Loss {
  return {
    label: 'Categorical cross-entropy',
    description: '(1/m)·Σ (log Σ_k e^(z_k − max z) − (z_y − max z)) from the logits: finite whenever z is.',
    cost: (z, _a, y, m, terms, stride = m) => categoricalCost(z, y, K, m, stride, terms),
  };
}

/** The loss a network with `outputs` output units trains with: the named binary loss for one unit, else categorical cross-entropy. */
export function lossFor(name: LossName, outputs: number): Loss {
  return outputs === 1 ? LOSSES[name] : categoricalLoss(outputs);
}
