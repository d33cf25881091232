// A mini-batch into a kernel net: each sample's inputs are read once from the set (sample-major doubles, or bytes
// through their levels) into the panels of Xᵀ, where one sample's features lie side by side, and X is copied
// from the panels in WebAssembly. No copy of the batch is made in between, and the same values land in the same
// places as loadInputs of the reference path's gathered batch.
import type { Batch } from '../train/batches';
import type { Features } from '../types';
import type { KernelNet } from './instance';
import { PANEL, panelIndex } from './layout';
import { paddedCount } from './passes';
import type { SharedFunctions } from './shared-module';

/** Loads a batch's samples of the training inputs `x` (samples × features, sample-major) and their labels into the net. */
export function createBatchLoader(net: KernelNet, fns: SharedFunctions, x: Features): (batch: Batch) => void {
  const n0 = net.layout.dims[0];
  const ld = net.layout.ld;
  const X = net.A[0];
  const XT = net.AT[0];
  const at0 = net.layout.layers[0];
  // The byte loop writes a panel's features four at a time.
  if (PANEL !== 4) throw new Error(`panels of ${PANEL} features are not supported here`);
  return ({ samples, y, m }) => {
    const nPad = paddedCount(m);
    if (m > net.layout.capacity) throw new RangeError(`batch of ${m} exceeds the network's capacity ${net.layout.capacity}`);
    if (x instanceof Float64Array) doublesToPanels(XT, ld, n0, x, samples, m);
    else bytesToPanels(XT, ld, n0, x.bytes, x.levels, samples, m);
    fns.unpanel(at0.AT, at0.A, ld, n0, m);
    // Pad columns up to the sample tile are zero, so the padded kernels only ever see finite inputs.
    if (nPad > m) for (let k = 0; k < n0; k++) X.fill(0, k * ld + m, k * ld + nPad);
    net.Y.set(y.subarray(0, m));
    net.Y.fill(0, m, nPad);
  };
}

/** Xᵀ's entry (k, j) (layout.ts's panelIndex) = feature k of sample samples[j] for j < m, from sample-major doubles. */
function doublesToPanels(XT: Float64Array, ld: number, n0: number, values: Float64Array, samples: Int32Array, m: number): void {
  for (let j = 0; j < m; j++) {
    const row = samples[j] * n0;
    for (let k = 0; k < n0; k++) XT[panelIndex(ld, k, j)] = values[row + k];
  }
}

/** The same from bytes through their levels, a panel's four features at a time, then what is left. */
function bytesToPanels(XT: Float64Array, ld: number, n0: number, bytes: Uint8Array, levels: Float64Array, samples: Int32Array, m: number): void {
  const panelStride = ld * 4;
  const whole = n0 - (n0 % 4);
  for (let j = 0; j < m; j++) {
    const row = samples[j] * n0;
    let at = j * 4;
    let k = 0;
    for (; k < whole; k += 4, at += panelStride) {
      XT[at] = levels[bytes[row + k]];
      XT[at + 1] = levels[bytes[row + k + 1]];
      XT[at + 2] = levels[bytes[row + k + 2]];
      XT[at + 3] = levels[bytes[row + k + 3]];
    }
    for (let i = 0; k < n0; k++, i++) XT[at + i] = levels[bytes[row + k]];
  }
}
