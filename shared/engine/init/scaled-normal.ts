// Standard normal draws times a fixed factor: numpy's randn(n_l, n_{l−1}) * scale.
import { defineInitializer, num } from './define';

/** W = scale · randn; the course's "random" is scale 10, the classic small init is 0.01. */
export const scaledNormal = defineInitializer({
  label: 'Scaled normal',
  formula: 'W = scale · randn',
  description: 'Standard normal draws multiplied by a fixed factor, whatever the layer size.',
  random: true,
  parameters: [{ name: 'scale', type: 'number', default: 0.01, description: 'factor multiplying each standard normal draw' }],
  sample: ({ rows, cols, rng, params }) => {
    const scale = num(params, 'scale');
    const out = new Float64Array(rows * cols);
    // randn(...) * scale: the draw first, then one multiplication, so numpy's numbers come out bit for bit.
    for (let i = 0; i < out.length; i++) out[i] = rng.normal() * scale;
    return out;
  },
});
