// The course's two shorthands, kept under their course names so its numbers are reproduced exactly.
import { defineAlias } from './define';
import { heNormal } from './he-normal';
import { scaledNormal } from './scaled-normal';

/** The course's "random": W[l] = randn(n_l, n_{l−1}) · 10. */
export const random = defineAlias(
  scaledNormal,
  'scaled_normal',
  { scale: 10 },
  {
    label: 'Random ×10 (course)',
    formula: 'W = 10 · randn',
    description: 'The course\'s "random" initialization: standard normal draws times 10, far too large; the loss starts at infinity.',
  },
);

/** The course's "he": W[l] = randn(n_l, n_{l−1}) · √(2/n_{l−1}). */
export const he = defineAlias(
  heNormal,
  'he_normal',
  {},
  {
    label: 'He (course)',
    formula: 'W = randn · √(2/fan_in)',
    description: "The course's He initialization: standard normal draws times √(2/n_{l−1}); the same as he_normal.",
  },
);
