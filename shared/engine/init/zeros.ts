// Every weight zero: the course's first experiment, where all units of a layer stay identical.
import { defineInitializer } from './define';

/** W = 0. */
export const zeros = defineInitializer({
  label: 'Zeros',
  formula: 'W = 0',
  description: 'Every weight is zero, so every unit of a layer computes the same thing and symmetry is never broken.',
  random: false,
  sample: ({ rows, cols }) => new Float64Array(rows * cols),
});
