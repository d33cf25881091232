// A mini-batch into a kernel net: each sample's inputs read once from the set (sample-major doubles or bytes
// through their levels) and written straight into X and its panels Xᵀ, with no copy of the batch in between.
// The same values land in the same places as loadInputs of the reference path's gathered batch.
import type { Batch } from '../train/batches';
import type { Features } from '../types';
import type { KernelNet } from './instance';
import { PANEL } from './layout';
import { paddedCount } from './passes';

/** Loads the batch's m samples of the training inputs `x` (n samples × features, sample-major) and their labels. */
export function loadBatch(net: KernelNet, x: Features, batch: Batch): void {
  const { samples, y, m } = batch;
  const n0 = net.layout.dims[0];
  const ld = net.layout.ld;
  const X = net.A[0];
  const nPad = paddedCount(m);
  if (m > net.layout.capacity) throw new RangeError(`batch of ${m} exceeds the network's capacity ${net.layout.capacity}`);
  if (x instanceof Float64Array) gatherColumns(X, net.AT[0], ld, n0, x, null, samples, m);
  else gatherColumns(X, net.AT[0], ld, n0, x.bytes, x.levels, samples, m);
  // Pad columns up to the sample tile are zero, so the padded kernels only ever see finite inputs.
  if (nPad > m) for (let k = 0; k < n0; k++) X.fill(0, k * ld + m, k * ld + nPad);
  net.Y.set(y.subarray(0, m));
  net.Y.fill(0, m, nPad);
}

/**
 * X[k][j] and Xᵀ's (k, j) = feature k of sample samples[j], for j < m: `values[s·n0 + k]`, or through `levels`
 * when the values are bytes. Panels hold PANEL = 4 features of a sample side by side (layout.ts's panelIndex).
 */
function gatherColumns(
  X: Float64Array,
  XT: Float64Array,
  ld: number,
  n0: number,
  values: Float64Array | Uint8Array,
  levels: Float64Array | null,
  samples: Int32Array,
  m: number,
): void {
  // The loop writes a panel's features four at a time.
  if (PANEL !== 4) throw new Error(`panels of ${PANEL} features are not supported here`);
  const panelStride = ld * PANEL;
  const whole = n0 - (n0 % PANEL);
  for (let j = 0; j < m; j++) {
    const row = samples[j] * n0;
    let at = j * PANEL;
    let k = 0;
    for (; k < whole; k += PANEL, at += panelStride) {
      const v0 = levels ? levels[values[row + k]] : values[row + k];
      const v1 = levels ? levels[values[row + k + 1]] : values[row + k + 1];
      const v2 = levels ? levels[values[row + k + 2]] : values[row + k + 2];
      const v3 = levels ? levels[values[row + k + 3]] : values[row + k + 3];
      XT[at] = v0;
      XT[at + 1] = v1;
      XT[at + 2] = v2;
      XT[at + 3] = v3;
      X[k * ld + j] = v0;
      X[(k + 1) * ld + j] = v1;
      X[(k + 2) * ld + j] = v2;
      X[(k + 3) * ld + j] = v3;
    }
    for (; k < n0; k++) {
      const v = levels ? levels[values[row + k]] : values[row + k];
      XT[at + (k % PANEL)] = v;
      X[k * ld + j] = v;
    }
  }
}
