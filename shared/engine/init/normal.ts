// Weights drawn from a fixed normal distribution, whatever the layer's size.
import { defineInitializer, normalMatrix, num } from './define';

/** W ~ N(mean, std²). */
export const normal = defineInitializer({
  label: 'Normal',
  formula: 'W ~ N(mean, std²)',
  description: 'Each weight is drawn from a normal distribution with a fixed mean and standard deviation.',
  random: true,
  parameters: [
    { name: 'mean', type: 'number', default: 0, description: 'mean of the weights' },
    { name: 'std', type: 'number', default: 0.05, min: 0, description: 'standard deviation of the weights' },
  ],
  sample: (ctx) => normalMatrix(ctx, num(ctx.params, 'mean'), num(ctx.params, 'std')),
});
