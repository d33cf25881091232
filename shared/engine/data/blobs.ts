// Two Gaussian blobs: the easy, linearly separable case.
import { defineDataset, setting } from './define';
import { generateSplit } from './generate-split';

/** Class 0 around (−1, −1), class 1 around (1, 1), each coordinate N(centre, spread²). */
export const blobs = defineDataset({
  label: 'Gaussian blobs',
  description: 'Two Gaussian clouds centred at (−1, −1) and (1, 1).',
  source: 'generated',
  parameters: [{ name: 'spread', type: 'number', default: 0.5, min: 0, description: 'standard deviation of each blob' }],
  generate: (opts) => {
    const spread = setting(opts.params, 'spread');
    return generateSplit('blobs', opts, (label, rng) => {
      const c = label === 0 ? -1 : 1;
      return [c + spread * rng.normal(), c + spread * rng.normal()];
    });
  },
});
