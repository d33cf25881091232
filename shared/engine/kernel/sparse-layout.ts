// Where the zero-skipping ReLU kernels (sparse-relu.ts) keep their extra arrays, after the network's own
// memory (layout.ts): each hidden layer's activations and gradients sample by sample, with bit masks of
// their non-zero entries, and the weights transposed so a weight column is contiguous.
import type { Layout } from './layout';
import { MAX_KERNEL_BYTES } from './supports';

/** Widest layer the zero-skipping kernels take: wider layers stream too much weight memory per sample. */
export const SPARSE_MAX_WIDTH = 64;

/** Bits per mask word: one i32 per 32 units of a sample's column. */
export const MASK_BITS = 32;

/** Byte offsets of one layer's extra arrays (0 where the layer has none). */
export interface SparseLayer {
  /** Units of the layer rounded up to even: the doubles per sample in S and DS, and per row of WT. */
  width: number;
  /** Mask words per sample. */
  words: number;
  /** Wᵀ (n_{l−1} rows × width, pad column zero), rewritten by each forward pass of a hidden layer. */
  WT: number;
  /** Activations sample by sample (ld columns × width) and each sample's mask of non-zero activations. */
  S: number;
  M: number;
  /** The gradients dZ sample by sample and their masks (hidden layers from 2 on, which pass a gradient down). */
  DS: number;
  DM: number;
  /**
   * An f64x2 sum of S's entries, written by the forward pass: finite when every activation is (the next layer's
   * weight gradient skips zero gradients only then). Hidden layers before the last.
   */
  F: number;
}

/** The extra arrays of a network and the memory the whole needs. */
export interface SparsePlan {
  layers: SparseLayer[];
  /** The weight gradients' scratch: each row of a layer's dZ as masks of its non-zero samples, rowWords words a row. */
  rowMasks: number;
  rowWords: number;
  bytes: number;
  pages: number;
}

const PAGE = 65536;

/** Whether a network with this hidden activation and these sizes runs on the zero-skipping kernels. */
export function usesSparseRelu(dims: readonly number[], activation: string | null): boolean {
  return activation === 'relu' && dims.length >= 3 && dims.every((d) => d <= SPARSE_MAX_WIDTH);
}

/**
 * The extra arrays for a ReLU network, or null when it runs on the dense kernels alone (as it does when the
 * arrays would take the memory past MAX_KERNEL_BYTES, which the dense layout alone fits).
 */
export function planSparseRelu(layout: Layout, activation: string | null): SparsePlan | null {
  const dims = layout.dims;
  if (!usesSparseRelu(dims, activation)) return null;
  const L = dims.length - 1;
  const ld = layout.ld;
  let next = layout.bytes;
  const take = (bytes: number): number => {
    const at = next;
    next += Math.ceil(bytes / 16) * 16;
    return at;
  };
  const layers = dims.map((n, l): SparseLayer => {
    const width = n + (n & 1);
    const words = Math.ceil(n / MASK_BITS);
    const hidden = l >= 1 && l < L;
    return {
      width,
      words,
      WT: hidden ? take(dims[l - 1] * width * 8) : 0,
      S: hidden ? take(ld * width * 8) : 0,
      // Only the next hidden layer's forward pass reads the mask.
      M: hidden && l < L - 1 ? take(ld * words * 4) : 0,
      DS: hidden && l >= 2 ? take(ld * width * 8) : 0,
      DM: hidden && l >= 2 ? take(ld * words * 4) : 0,
      F: hidden && l < L - 1 ? take(16) : 0,
    };
  });
  const rowWords = Math.ceil(ld / MASK_BITS);
  // Reading the masks of a last block of samples takes up to MASK_BITS − 1 samples' words (at most 2 each) past a
  // DM: this array comes after every DM, with that much to spare at its end.
  const rowMasks = take(Math.max(...dims.slice(1, L)) * rowWords * 4 + MASK_BITS * 2 * 4);
  if (next > MAX_KERNEL_BYTES) return null;
  return { layers, rowMasks, rowWords, bytes: next, pages: Math.max(1, Math.ceil(next / PAGE)) };
}
