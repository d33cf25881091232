// LeCun et al. (1998), uniform form: the same variance 1/fan_in.
import { defineInitializer, uniformMatrix } from './define';

/** W ~ U(−b, b) with b = √(3/fan_in). */
export const lecunUniform = defineInitializer({
  label: 'LeCun uniform',
  formula: 'W ~ U(−b, b), b = √(3/fan_in)',
  description: 'Uniform weights with the LeCun variance 1/fan_in.',
  random: true,
  sample: (ctx) => {
    const b = Math.sqrt(3 / ctx.fanIn);
    return uniformMatrix(ctx, -b, b);
  },
});
