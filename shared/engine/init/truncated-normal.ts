// A normal distribution with its tails cut off at two standard deviations, by redrawing.
import { defineInitializer, num } from './define';

/** Draws beyond this many standard deviations from the mean are redrawn. */
export const TRUNCATION_STDS = 2;

/** W ~ N(mean, std²) restricted to mean ± 2·std (rejection sampling). */
export const truncatedNormal = defineInitializer({
  label: 'Truncated normal',
  formula: 'W ~ N(mean, std²) truncated to mean ± 2·std',
  description:
    'Normal draws, redrawn whenever they fall more than two standard deviations from the mean; the resulting spread is about 0.88·std.',
  random: true,
  parameters: [
    { name: 'mean', type: 'number', default: 0, description: 'mean of the weights' },
    { name: 'std', type: 'number', default: 0.05, min: 0, description: 'standard deviation before truncation' },
  ],
  sample: ({ rows, cols, rng, params }) => {
    const mean = num(params, 'mean');
    const std = num(params, 'std');
    const out = new Float64Array(rows * cols);
    for (let i = 0; i < out.length; i++) {
      let z: number;
      do z = rng.normal();
      while (Math.abs(z) > TRUNCATION_STDS);
      out[i] = mean + std * z;
    }
    return out;
  },
});
