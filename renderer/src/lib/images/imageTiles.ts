// Pixels for small images drawn as tiles: grey-scale inputs (bytes) and signed weights (a diverging scale).

/** The RGBA bytes of a grey-scale image whose bytes are 0 (background) to 255 (ink), drawn dark ink on light. */
export function greyTile(pixels: ArrayLike<number>, ink: [number, number, number], paper: [number, number, number]): Uint8ClampedArray {
  const out = new Uint8ClampedArray(pixels.length * 4);
  for (let i = 0; i < pixels.length; i++) {
    const t = Math.min(255, Math.max(0, pixels[i])) / 255;
    for (let k = 0; k < 3; k++) out[4 * i + k] = Math.round(paper[k] + (ink[k] - paper[k]) * t);
    out[4 * i + 3] = 255;
  }
  return out;
}

/** Blue for negative, white at 0, vermillion for positive (Okabe–Ito ends), full colour at ±scale. */
export function divergingColor(v: number, scale: number): [number, number, number] {
  if (!Number.isFinite(v)) return [127, 127, 127];
  const t = scale > 0 ? Math.max(-1, Math.min(1, v / scale)) : 0;
  const end: [number, number, number] = t < 0 ? [0, 114, 178] : [213, 94, 0];
  const a = Math.abs(t);
  return [0, 1, 2].map((k) => Math.round(255 + (end[k] - 255) * a)) as [number, number, number];
}

/** The largest |w| among the first `count` rows of a rows × cols weight matrix (row-major); 0 when all are 0 or none is finite. */
export function weightScale(W: ArrayLike<number>, cols: number, count: number): number {
  let m = 0;
  const n = Math.min(W.length, count * cols);
  for (let i = 0; i < n; i++) if (Number.isFinite(W[i])) m = Math.max(m, Math.abs(W[i]));
  return m;
}

/** The RGBA bytes of weight row `unit` (its `cols` incoming weights) on the diverging scale ±scale. */
export function weightTile(W: ArrayLike<number>, cols: number, unit: number, scale: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(cols * 4);
  for (let i = 0; i < cols; i++) {
    const [r, g, b] = divergingColor(W[unit * cols + i], scale);
    out[4 * i] = r;
    out[4 * i + 1] = g;
    out[4 * i + 2] = b;
    out[4 * i + 3] = 255;
  }
  return out;
}

/** The side of a square image with n pixels, or null when n is not a square (e.g. 784 → 28). */
export function squareSide(n: number): number | null {
  const s = Math.round(Math.sqrt(n));
  return s > 0 && s * s === n ? s : null;
}
