// LeCun et al. (1998): variance 1/fan_in, the init SELU's self-normalisation assumes.
import { defineInitializer, normalMatrix } from './define';

/** W ~ N(0, 1/fan_in). */
export const lecunNormal = defineInitializer({
  label: 'LeCun normal',
  formula: 'W ~ N(0, 1/fan_in)',
  description: 'Normal weights with variance 1/fan_in; the pairing SELU networks are designed for.',
  random: true,
  sample: (ctx) => normalMatrix(ctx, 0, Math.sqrt(1 / ctx.fanIn)),
});
