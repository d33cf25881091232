// Glorot & Bengio (2010), eq. 1: the "commonly used heuristic" their normalized initialization replaced.
import { defineInitializer, uniformMatrix } from './define';

/**
 * W ~ U(−1/√fan_in, 1/√fan_in): variance 1/(3·fan_in), so n·Var(W) = 1/3 and the back-propagated
 * gradient's variance shrinks about 3× per tanh layer, the vanishing that the paper's Figure 7 shows.
 */
export const glorotStandard = defineInitializer({
  label: 'Glorot "standard" uniform',
  formula: 'W ~ U(−1/√fan_in, 1/√fan_in)',
  description: 'The heuristic Glorot & Bengio (2010) compared against: variance 1/(3·fan_in), a third of LeCun\'s.',
  random: true,
  sample: (ctx) => {
    const b = 1 / Math.sqrt(ctx.fanIn);
    return uniformMatrix(ctx, -b, b);
  },
});
