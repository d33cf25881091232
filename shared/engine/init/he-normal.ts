// He et al. (2015): variance 2/fan_in keeps ReLU activations' scale through depth.
import { defineInitializer } from './define';
import { HE_PARAMETERS, heVariance } from './he-fan';

/** W = randn · √(2/((1 + a²) · fan)); gain √2 for ReLU, √(2/(1 + a²)) for a leaky ReLU. */
export const heNormal = defineInitializer({
  label: 'He (Kaiming) normal',
  formula: 'W = randn · √(2/((1 + a²) · fan))',
  description: 'Normal weights with variance 2/fan (gain √2), which keeps the scale of ReLU activations from layer to layer.',
  random: true,
  parameters: HE_PARAMETERS,
  sample: (ctx) => {
    const factor = Math.sqrt(heVariance(ctx));
    const out = new Float64Array(ctx.rows * ctx.cols);
    // randn(...) * sqrt(2/fan), in numpy's order of operations: the course's He matrices bit for bit.
    for (let i = 0; i < out.length; i++) out[i] = ctx.rng.normal() * factor;
    return out;
  },
});
