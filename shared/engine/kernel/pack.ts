// Which products copy their B operand into column-tile panels first (gemm's `pack`), and how much scratch that
// takes: a product with many blocks of rows reads each tile of B once per block, so reading it from contiguous
// panels (one 32-byte step after another) instead of one cache line per depth step outweighs the copy.

/** Fewer rows than this (fewer than 16 blocks of 4) do not pay for the copy (the deep bench's 32-wide layers). */
export const PACK_MIN_ROWS = 64;

/** Packed operands larger than this are read in place: the scratch stays small when batches are large. */
export const PACK_MAX_BYTES = 4 << 20;

/** Whether a product of `rows` rows over `depth` × ld B (row-contiguous) packs B. */
export function packsB(rows: number, depth: number, ld: number): boolean {
  return rows >= PACK_MIN_ROWS && depth * ld * 8 <= PACK_MAX_BYTES;
}

/** Doubles of scratch the packing products of a network need: its largest packed B. */
export function packDoubles(dims: readonly number[], ld: number, skipsFirst: boolean): number {
  let most = 0;
  for (let l = 1; l < dims.length; l++) {
    // The forward product of layer l (rows n_l, depth n_{l−1}); the first one skips zeros instead, where it does.
    if (!(l === 1 && skipsFirst) && packsB(dims[l], dims[l - 1], ld)) most = Math.max(most, dims[l - 1] * ld);
    // The product passed down from layer l ≥ 2 (rows n_{l−1}, depth n_l).
    if (l >= 2 && packsB(dims[l - 1], dims[l], ld)) most = Math.max(most, dims[l] * ld);
  }
  return most;
}
