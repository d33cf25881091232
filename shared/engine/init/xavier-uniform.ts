// Glorot & Bengio (2010), uniform form: the same variance as xavier_normal.
import { defineInitializer, num, uniformMatrix } from './define';

/** W ~ U(−a, a) with a = gain · √(6/(fan_in + fan_out)). */
export const xavierUniform = defineInitializer({
  label: 'Xavier (Glorot) uniform',
  formula: 'W ~ U(−a, a), a = gain · √(6/(fan_in + fan_out))',
  description: 'Uniform weights with the Xavier variance gain² · 2/(fan_in + fan_out).',
  random: true,
  parameters: [{ name: 'gain', type: 'number', default: 1, min: 0, description: 'scale factor (tanh: 5/3)' }],
  sample: (ctx) => {
    const a = num(ctx.params, 'gain') * Math.sqrt(6 / (ctx.fanIn + ctx.fanOut));
    return uniformMatrix(ctx, -a, a);
  },
});
