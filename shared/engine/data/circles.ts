// Two concentric noisy circles, as sklearn's make_circles: the course's kind of data, at any size and seed.
import { defineDataset, setting } from './define';
import { generateSplit } from './generate-split';

/** Class 0 on the unit circle, class 1 on a circle of radius factor, angles uniform. */
export const circles = defineDataset({
  label: 'Circles',
  description: 'Two concentric circles: class 0 outside (radius 1), class 1 inside (radius factor).',
  source: 'generated',
  parameters: [{ name: 'factor', type: 'number', default: 0.8, min: 0, max: 1, description: 'radius of the inner circle' }],
  generate: (opts) => {
    const factor = setting(opts.params, 'factor');
    return generateSplit('circles', opts, (label, rng) => {
      const t = 2 * Math.PI * rng.uniform();
      const r = label === 0 ? 1 : factor;
      return [r * Math.cos(t), r * Math.sin(t)];
    });
  },
});
