// The He family's shared parameters and its variance 2/((1 + a²) · fan).
import { num, word } from './define';
import type { InitContext, InitParamSpec } from './types';

/** Parameters of he_normal and he_uniform. */
export const HE_PARAMETERS: readonly InitParamSpec[] = [
  {
    name: 'mode',
    type: 'enum',
    default: 'fan_in',
    options: ['fan_in', 'fan_out'],
    description: 'keep the variance in the forward pass (fan_in) or the backward pass (fan_out)',
  },
  {
    name: 'negative_slope',
    type: 'number',
    default: 0,
    description: 'slope a of a leaky ReLU; 0 gives the ReLU gain √2',
  },
];

/** The He variance 2/((1 + a²) · fan): with a = 0 and fan_in it is exactly the course's 2/n_{l−1}. */
export function heVariance(ctx: InitContext): number {
  const a = num(ctx.params, 'negative_slope');
  const fan = word(ctx.params, 'mode') === 'fan_out' ? ctx.fanOut : ctx.fanIn;
  return 2 / ((1 + a * a) * fan);
}
