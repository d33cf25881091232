// Glorot & Bengio (2010): variance balanced between the forward and the backward pass.
import { defineInitializer, normalMatrix, num } from './define';

/** W ~ N(0, gain² · 2/(fan_in + fan_out)). */
export const xavierNormal = defineInitializer({
  label: 'Xavier (Glorot) normal',
  formula: 'W ~ N(0, gain² · 2/(fan_in + fan_out))',
  description: 'Normal weights whose variance averages the needs of the forward and backward passes; suited to tanh and sigmoid.',
  random: true,
  parameters: [{ name: 'gain', type: 'number', default: 1, min: 0, description: 'scale factor (tanh: 5/3)' }],
  sample: (ctx) => normalMatrix(ctx, 0, num(ctx.params, 'gain') * Math.sqrt(2 / (ctx.fanIn + ctx.fanOut))),
});
