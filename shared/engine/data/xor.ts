// The four quadrants of XOR: class 1 where the coordinates' signs differ; no single unit can separate it.
import { defineDataset, setting } from './define';
import { generateSplit } from './generate-split';

/** Points uniform in the four quadrants of [−1, 1]², kept margin away from the axes; class = sign(x1) ≠ sign(x2). */
export const xor = defineDataset({
  label: 'XOR',
  description: 'Four quadrants: class 0 where x1 and x2 have the same sign, class 1 where they differ.',
  source: 'generated',
  parameters: [{ name: 'margin', type: 'number', default: 0.05, min: 0, max: 1, description: 'gap between the points and the axes' }],
  generate: (opts) => {
    const margin = setting(opts.params, 'margin');
    return generateSplit('xor', opts, (label, rng) => {
      const s = rng.uniform() < 0.5 ? 1 : -1;
      const a = margin + (1 - margin) * rng.uniform();
      const b = margin + (1 - margin) * rng.uniform();
      return [s * a, (label === 0 ? s : -s) * b];
    });
  },
});
