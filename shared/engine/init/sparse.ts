// Martens (2010): most inputs of each unit are cut, the rest are small normal weights.
import { defineInitializer, normalMatrix, num } from './define';

/** W ~ N(0, std²), then in each column ⌈sparsity · rows⌉ entries (chosen at random) set to zero, as PyTorch's sparse_. */
export const sparse = defineInitializer({
  label: 'Sparse',
  formula: 'W ~ N(0, std²), ⌈sparsity · n_l⌉ zeros per column',
  description: 'Normal weights with a fraction of each column set to zero at random positions.',
  random: true,
  parameters: [
    { name: 'sparsity', type: 'number', default: 0.1, min: 0, max: 1, description: 'fraction of each column set to zero' },
    { name: 'std', type: 'number', default: 0.01, min: 0, description: 'standard deviation of the non-zero weights' },
  ],
  sample: (ctx) => {
    const { rows, cols, rng } = ctx;
    const out = normalMatrix(ctx, 0, num(ctx.params, 'std'));
    const nZeros = Math.ceil(num(ctx.params, 'sparsity') * rows);
    const order = new Int32Array(rows);
    for (let j = 0; j < cols; j++) {
      for (let i = 0; i < rows; i++) order[i] = i;
      // A partial Fisher–Yates shuffle: the first nZeros slots are a uniform random subset of rows.
      for (let i = 0; i < nZeros; i++) {
        const k = i + rng.int(rows - i);
        const t = order[i];
        order[i] = order[k];
        order[k] = t;
        out[order[i] * cols + j] = 0;
      }
    }
    return out;
  },
});
