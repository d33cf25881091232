// Register-block shapes for the generated products. x64 V8 gives WebAssembly 16 vector registers; a block
// of R rows × V vectors needs R·V accumulators plus V loaded vectors and a broadcast scalar.

/** f64x2 vectors per block along the sample direction (2·SAMPLE_VECS must divide SAMPLE_TILE). */
export const SAMPLE_VECS = 2;

/**
 * Rows per block for the sample-direction products (forward, gradient passed down): 4 rows × 2 vectors
 * keep 8 additions in flight, enough to hide the adder's latency (measured 1.6× faster than 2 × 2).
 */
export function rowBlockFor(rows: number): number {
  if (rows <= 4) return rows;
  // Prefer a block that divides the rows so no remainder block is generated.
  return rows % 4 === 0 || rows % 3 !== 0 ? 4 : 3;
}

/**
 * Block of the weight-gradient product: its depth is the batch, a loop, so taller blocks spread the
 * loop's own instructions over more arithmetic (measured: 4 × 2 beats 2 × 2 by ~30%). Not taller than 4:
 * V8 loads a block's row scalars ahead of the arithmetic, so 5 × 2 needs 10 accumulators + 2 vectors +
 * 5 scalars + a product, more than its 15 vector registers, and spills inside the loop (measured on
 * [784, 300×4, 10]: 5 × 2 ran the weight gradients at 7–9 GFLOP/s, 4 × 2 at 15–17).
 */
export function gradBlocking(rows: number, cols: number): { rowBlock: number; vecs: number } {
  const vecs = Math.min(2, Math.ceil(cols / 2));
  const most = 4;
  if (rows <= most) return { rowBlock: rows, vecs };
  // The largest block up to `most` that divides the rows, unless that is much smaller than `most`.
  for (let r = most; r >= Math.ceil(most / 2); r--) if (rows % r === 0) return { rowBlock: r, vecs };
  return { rowBlock: most, vecs };
}
