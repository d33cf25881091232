// Two interleaving half circles, as sklearn's make_moons: a boundary no straight line can draw.
import { defineDataset } from './define';
import { generateSplit } from './generate-split';

/** Class 0 on the upper arc (cos t, sin t), class 1 on the lower arc (1 − cos t, 1/2 − sin t), t uniform in [0, π]. */
export const moons = defineDataset({
  label: 'Moons',
  description: 'Two interleaving half circles.',
  source: 'generated',
  generate: (opts) =>
    generateSplit('moons', opts, (label, rng) => {
      const t = Math.PI * rng.uniform();
      return label === 0 ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)];
    }),
});
