// The identity: each unit starts by passing one input through unchanged.
import { defineInitializer, num } from './define';

/** W = gain · I (ones where row = column, also for non-square matrices). */
export const identity = defineInitializer({
  label: 'Identity',
  formula: 'W = gain · I',
  description: 'Ones on the diagonal (row i = column i) times the gain, zeros elsewhere; non-square matrices get the same pattern.',
  random: false,
  parameters: [{ name: 'gain', type: 'number', default: 1, description: 'value on the diagonal' }],
  sample: ({ rows, cols, params }) => {
    const gain = num(params, 'gain');
    const out = new Float64Array(rows * cols);
    for (let i = 0; i < Math.min(rows, cols); i++) out[i * cols + i] = gain;
    return out;
  },
});
