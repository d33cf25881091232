// Per-layer statistics of a forward and backward pass: the numbers that show vanishing or exploding
// signals, dead units and saturation.
import { ACTIVATIONS } from '../nn/activations';
import type { Network, Workspace } from '../nn/network';
import type { LayerStats, Params } from '../types';
import { moments } from './moments';
import { unitDistinctness } from './symmetry';

/** A sigmoid/tanh unit counts as saturated within this share of its output range from either bound. */
const SATURATION_MARGIN = 0.01;

/** Sees each layer's back-propagated signal dA (n_l × m values, valid only during the call). */
export type DaVisitor = (layer: number, dA: Float64Array, size: number) => void;

/**
 * Calls `visit` with every layer's dA_l = W_{l+1}ᵀ·dZ_{l+1} (the output layer: its dZ), from a workspace that
 * holds a backward pass over m samples; one scratch array serves every layer, so a wide net's checkpoint
 * holds one layer's dA at a time.
 */
export function forEachBackPropagated(net: Network, params: Params, ws: Workspace, m: number, visit: DaVisitor): void {
  const L = params.W.length;
  const scratch = new Float64Array(Math.max(...net.dims.slice(1)) * m);
  for (let l = 0; l < L; l++) {
    const n = net.dims[l + 1];
    const da = l === L - 1 ? ws.dZ[l] : backPropagated(params.W[l + 1], ws.dZ[l + 1], net.dims[l + 2], n, m, scratch);
    visit(l, da, n * m);
  }
}

/**
 * Statistics of every layer from a workspace that holds a forward and backward pass over m samples; `visitDa`
 * also sees each layer's dA as it is computed here (for its histogram), so it is computed once per checkpoint.
 */
export function layerStats(net: Network, params: Params, ws: Workspace, m: number, visitDa?: DaVisitor): LayerStats[] {
  const L = params.W.length;
  const out: LayerStats[] = [];
  const daStd: number[] = [];
  forEachBackPropagated(net, params, ws, m, (l, dA, size) => {
    daStd[l] = moments(dA, size).std;
    visitDa?.(l, dA, size);
  });
  for (let l = 0; l < L; l++) {
    const n = net.dims[l + 1];
    const size = n * m;
    const act = l === L - 1 ? ACTIVATIONS.sigmoid : net.hidden;
    const w = moments(params.W[l]);
    const z = moments(ws.Z[l], size);
    const a = moments(ws.A[l], size);
    const dw = moments(ws.grads.dW[l]);
    const dz = moments(ws.dZ[l], size);
    out.push({
      layer: l + 1,
      wMean: w.mean,
      wStd: w.std,
      zMean: z.mean,
      zStd: z.std,
      aMean: a.mean,
      aStd: a.std,
      dwMean: dw.mean,
      dwStd: dw.std,
      dzStd: dz.std,
      daStd: daStd[l],
      deadFraction: act.canDie ? fraction(ws.Z[l], size, (v) => v <= 0) : 0,
      saturatedFraction: act.bounds ? saturated(ws.A[l], size, act.bounds) : 0,
      symmetry: unitDistinctness(params.W[l], n, net.dims[l]),
    });
  }
  return out;
}

/**
 * dA = Wᵀ·dZ (W is nNext × n, dZ nNext × m) into out, summed over the rows of W in increasing order as the
 * reference's backward pass does, so the fast path (which fuses dA away) and the reference record the same
 * bits: both hand this function identical W and dZ.
 */
function backPropagated(W: Float64Array, dZ: Float64Array, nNext: number, n: number, m: number, out: Float64Array): Float64Array {
  for (let k = 0; k < n; k++) {
    const ak = k * m;
    out.fill(0, ak, ak + m);
    for (let i = 0; i < nNext; i++) {
      const w = W[i * n + k];
      const zi = i * m;
      for (let j = 0; j < m; j++) out[ak + j] += w * dZ[zi + j];
    }
  }
  return out;
}

function fraction(a: Float64Array, size: number, test: (v: number) => boolean): number {
  if (size === 0) return NaN;
  let k = 0;
  for (let i = 0; i < size; i++) if (test(a[i])) k++;
  return k / size;
}

function saturated(a: Float64Array, size: number, [lo, hi]: readonly [number, number]): number {
  const margin = SATURATION_MARGIN * (hi - lo);
  return fraction(a, size, (v) => v <= lo + margin || v >= hi - margin);
}
