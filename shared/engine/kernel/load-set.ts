// A whole set's inputs into a kernel net: a set held as doubles is copied as loadInputs copies any matrix; one held
// as bytes (an image set) is gathered a chunk of samples at a time straight into the net's memory, so no
// float64 copy of the set is made outside the kernels' own input arrays.
import { INPUT_CHUNK, type InputMatrix } from '../nn/inputs';
import type { KernelNet } from './instance';
import { PANEL, panelIndex } from './layout';
import { loadInputs, paddedCount } from './passes';

/** loadInputs for n samples of a set's InputMatrix from sample `at` on; the same values land in the same places. */
export function loadInputSet(net: KernelNet, x: InputMatrix, y: Float64Array | null, n: number, forwardOnly = false, at = 0): void {
  if (x.dense && at === 0) {
    loadInputs(net, x.dense, x.samples, y, n, forwardOnly);
    return;
  }
  if (x.dense) throw new RangeError('a set held as doubles loads from its first sample');
  const n0 = net.layout.dims[0];
  const ld = net.layout.ld;
  const X = net.A[0];
  const XT = net.AT[0];
  const nPad = paddedCount(n);
  if (n > net.layout.capacity) throw new RangeError(`batch of ${n} exceeds the network's capacity ${net.layout.capacity}`);
  const chunk = Math.max(1, Math.min(INPUT_CHUNK, n));
  const buf = new Float64Array(n0 * chunk);
  for (let from = 0; from < n; from += chunk) {
    const c = Math.min(chunk, n - from);
    x.gather(buf, c, at + from, c);
    for (let k = 0; k < n0; k++) {
      X.set(buf.subarray(k * c, k * c + c), k * ld + from);
      if (forwardOnly) continue;
      for (let j = 0, p = panelIndex(ld, k, from); j < c; j++, p += PANEL) XT[p] = buf[k * c + j];
    }
  }
  for (let k = 0; k < n0; k++) X.fill(0, k * ld + n, k * ld + nPad);
  if (y) {
    net.Y.set(y.subarray(at, at + n));
    net.Y.fill(0, n, nPad);
  }
}
