// He et al. (2015), uniform form: the same variance as he_normal.
import { defineInitializer, uniformMatrix } from './define';
import { HE_PARAMETERS, heVariance } from './he-fan';

/** W ~ U(−b, b) with b = √(6/((1 + a²) · fan)). */
export const heUniform = defineInitializer({
  label: 'He (Kaiming) uniform',
  formula: 'W ~ U(−b, b), b = √(6/((1 + a²) · fan))',
  description: 'Uniform weights with the He variance 2/((1 + a²) · fan).',
  random: true,
  parameters: HE_PARAMETERS,
  sample: (ctx) => {
    const b = Math.sqrt(3 * heVariance(ctx));
    return uniformMatrix(ctx, -b, b);
  },
});
