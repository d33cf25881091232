// Every weight the same value: symmetry is never broken, whatever the value.
import { defineInitializer, num } from './define';

/** W = value everywhere. */
export const constant = defineInitializer({
  label: 'Constant',
  formula: 'W = value',
  description: 'Every weight takes the same value; like zeros, the units of a layer stay identical.',
  random: false,
  parameters: [{ name: 'value', type: 'number', default: 0.1, description: 'the value of every weight' }],
  sample: ({ rows, cols, params }) => new Float64Array(rows * cols).fill(num(params, 'value')),
});
