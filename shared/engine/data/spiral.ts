// Two interleaved spiral arms: hard for shallow nets, a test of depth and of initialization.
import { defineDataset, setting } from './define';
import { generateSplit } from './generate-split';

/** Arm k (class k) at radius r and angle 2π · turns · r + kπ, r uniform in [0, 1]. */
export const spiral = defineDataset({
  label: 'Spiral',
  description: 'Two spiral arms winding out from the centre, half a turn apart.',
  source: 'generated',
  parameters: [{ name: 'turns', type: 'number', default: 1.75, min: 0, max: 10, description: 'how many turns each arm makes' }],
  generate: (opts) => {
    const turns = setting(opts.params, 'turns');
    return generateSplit('spiral', opts, (label, rng) => {
      const r = rng.uniform();
      const t = 2 * Math.PI * turns * r + label * Math.PI;
      return [r * Math.sin(t), r * Math.cos(t)];
    });
  },
});
