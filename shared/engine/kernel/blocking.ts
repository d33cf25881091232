// Register-block shapes for the generated products (measured on x64 V8: two to three rows by two
// vectors keep every accumulator in a register; wider blocks spill).

/** Rows per block for a product with `rows` output rows. */
export function rowBlockFor(rows: number): number {
  if (rows <= 3) return rows;
  // Prefer a block that divides the rows so no remainder block is generated.
  return rows % 2 === 0 || rows % 3 !== 0 ? 2 : 3;
}

/** f64x2 vectors per block along the sample direction (tile width 2·VECS must divide SAMPLE_TILE). */
export const SAMPLE_VECS = 2;

/** f64x2 vectors per block along a feature direction of `cols` columns. */
export function featureVecsFor(cols: number): number {
  return Math.min(2, Math.ceil(cols / 2));
}
