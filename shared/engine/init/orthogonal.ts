// Saxe et al. (2014): an orthogonal matrix preserves every vector's norm, so depth neither grows nor shrinks signals.
import { defineInitializer, num } from './define';
import { thinQ } from './qr';
import type { InitContext } from './types';

/** A gain-scaled matrix with orthonormal rows (rows ≤ cols) or columns (rows > cols), as PyTorch's orthogonal_. */
export function orthogonalMatrix(ctx: InitContext, gain: number): Float64Array {
  const { rows, cols, rng } = ctx;
  const a = new Float64Array(rows * cols);
  for (let i = 0; i < a.length; i++) a[i] = rng.normal();
  if (rows >= cols) {
    const q = thinQ(a, rows, cols);
    for (let i = 0; i < q.length; i++) q[i] *= gain;
    return q;
  }
  // A wide matrix: factor its transpose and transpose back, so the rows come out orthonormal.
  const t = new Float64Array(cols * rows);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t[j * rows + i] = a[i * cols + j];
  const q = thinQ(t, cols, rows);
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[i * cols + j] = gain * q[j * rows + i];
  return out;
}

/** W = gain · Q from the QR factorisation of a normal matrix, signs fixed by R's diagonal. */
export const orthogonal = defineInitializer({
  label: 'Orthogonal',
  formula: 'W = gain · Q,  Q R = randn (rows or columns orthonormal)',
  description: 'A random orthogonal matrix (Q of the QR factorisation of a normal matrix), scaled by the gain.',
  random: true,
  parameters: [{ name: 'gain', type: 'number', default: 1, min: 0, description: 'scale factor (ReLU: √2)' }],
  sample: (ctx) => orthogonalMatrix(ctx, num(ctx.params, 'gain')),
});
