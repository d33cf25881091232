// Where every array of a network lives in the kernel's linear memory (byte offsets, all 16-byte aligned).
// Activations are features × samples (row stride `ld` doubles) so f64x2 lanes run over pairs of samples;
// each hidden activation is also kept transposed, in panels of PANEL features (samples × PANEL each), for
// the weight gradients: their kernel then reads 32 contiguous bytes per sample instead of one row of a
// samples × features array, whose stride crossed a page per sample on wide layers (784 features: 6 KiB).
import { packDoubles } from './pack';
import { planSkips, type SkipPlans } from './zero-skip';

/** Samples per column tile of the sample-direction kernels; batches are padded to a multiple of it. */
export const SAMPLE_TILE = 4;

/** Features per panel of a transposed activation (the weight-gradient kernel's column tile: 2 f64x2 vectors). */
export const PANEL = 4;

/** Index in doubles, within a layer's AT, of feature i of sample j (row stride of the activations: ld). */
export function panelIndex(ld: number, i: number, j: number): number {
  return (i >> 2) * ld * PANEL + j * PANEL + (i & 3);
}

/** Byte offsets of one layer's arrays (layer l = 1..L; index 0 holds the input). */
export interface LayerLayout {
  /** W[l] (n_l × n_{l−1}, row-major, unpadded) and its gradient. */
  W: number;
  dW: number;
  /** b[l] (n_l) and its gradient. */
  b: number;
  db: number;
  /** Pre-activations, activations and their gradients: n_l × ld each. */
  Z: number;
  A: number;
  dZ: number;
  dA: number;
  /** Activations transposed, in `panels` panels of ld samples × PANEL features (see panelIndex). */
  AT: number;
  panels: number;
}

/** The whole memory plan of a network for batches of up to `capacity` samples. */
export interface Layout {
  dims: readonly number[];
  capacity: number;
  /** Row stride of every features × samples array, in doubles (capacity padded to SAMPLE_TILE). */
  ld: number;
  /** layers[0] holds the input (A = X, AT = Xᵀ); layers[l] for l ≥ 1 the rest. */
  layers: LayerLayout[];
  /** Labels of the batch (1 × ld). */
  Y: number;
  /** Scratch of the first layer's zero-skipping products, and their plans (null when the inputs are too narrow: see zero-skip.ts). */
  skip: number;
  skipPlans: SkipPlans | null;
  /** Scratch of the products that pack their B operand (see pack.ts). */
  pack: number;
  bytes: number;
  pages: number;
}

const PAGE = 65536;

/** Lays out a network with the given layer sizes for batches of at most `capacity` samples. */
export function planLayout(dims: readonly number[], capacity: number): Layout {
  if (dims.length < 2 || dims.some((d) => !Number.isInteger(d) || d < 1)) throw new Error(`bad dims: ${dims.join(',')}`);
  if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`bad capacity: ${capacity}`);
  const ld = Math.ceil(capacity / SAMPLE_TILE) * SAMPLE_TILE;
  let next = 0;
  const take = (doubles: number): number => {
    const at = next;
    next += Math.ceil(doubles / 2) * 16;
    return at;
  };
  const layers = dims.map((n, l) => {
    const panels = Math.ceil(n / PANEL);
    const prev = l > 0 ? dims[l - 1] : 0;
    return {
      W: take(n * prev),
      dW: take(n * prev),
      b: take(l > 0 ? n : 0),
      db: take(l > 0 ? n : 0),
      Z: take(l > 0 ? n * ld : 0),
      A: take(n * ld),
      dZ: take(l > 0 ? n * ld : 0),
      dA: take(l > 0 ? n * ld : 0),
      AT: take(panels * ld * PANEL),
      panels,
    };
  });
  const Y = take(ld);
  const skipPlans = planSkips(dims, ld, SAMPLE_TILE, PANEL);
  const skip = take((skipPlans?.bytes ?? 0) / 8);
  const pack = take(packDoubles(dims, ld, skipPlans !== null));
  const bytes = next;
  return { dims: [...dims], capacity, ld, layers, Y, skip, skipPlans, pack, bytes, pages: Math.max(1, Math.ceil(bytes / PAGE)) };
}
