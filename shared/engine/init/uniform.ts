// Weights drawn uniformly from a fixed interval, whatever the layer's size.
import { defineInitializer, num, uniformMatrix } from './define';

/** W ~ U(low, high). */
export const uniform = defineInitializer({
  label: 'Uniform',
  formula: 'W ~ U(low, high)',
  description: 'Each weight is drawn uniformly from [low, high), independently of the layer size.',
  random: true,
  parameters: [
    { name: 'low', type: 'number', default: -0.05, description: 'lower end of the interval' },
    { name: 'high', type: 'number', default: 0.05, description: 'upper end of the interval' },
  ],
  check: (p) => (num(p, 'low') <= num(p, 'high') ? null : `low (${p.low}) must not exceed high (${p.high})`),
  sample: (ctx) => uniformMatrix(ctx, num(ctx.params, 'low'), num(ctx.params, 'high')),
});
