// Per-layer statistics of a forward and backward pass: the numbers that show vanishing or exploding
// signals, dead units and saturation.
import { ACTIVATIONS, type Activation } from '../nn/activations';
import { backPropagated } from '../nn/back-propagate';
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
    const size = net.dims[l + 1] * m;
    const act = layerActivation(net, l);
    out.push(
      assembleLayerStats(net, params, ws.grads.dW, l, {
        z: moments(ws.Z[l], size),
        a: moments(ws.A[l], size),
        dzStd: moments(ws.dZ[l], size).std,
        daStd: daStd[l],
        deadFraction: act.canDie ? fraction(ws.Z[l], size, (v) => v <= 0) : 0,
        saturatedFraction: act.bounds ? fraction(ws.A[l], size, saturationTest(act.bounds)) : 0,
      }),
    );
  }
  return out;
}

function fraction(a: Float64Array, size: number, test: (v: number) => boolean): number {
  if (size === 0) return NaN;
  let k = 0;
  for (let i = 0; i < size; i++) if (test(a[i])) k++;
  return k / size;
}

/** Whether an output of a unit bounded by [lo, hi] counts as saturated. */
export function saturationTest([lo, hi]: readonly [number, number]): (v: number) => boolean {
  const margin = SATURATION_MARGIN * (hi - lo);
  return (v) => v <= lo + margin || v >= hi - margin;
}

/** Layer l's activation as its statistics see it: the hidden one, or the sigmoid for the output layer. */
export function layerActivation(net: Network, l: number): Activation {
  return l === net.dims.length - 2 ? ACTIVATIONS.sigmoid : net.hidden;
}

/** What a layer's statistics take from its passes over the training set. */
export interface LayerPassStats {
  z: { mean: number; std: number };
  a: { mean: number; std: number };
  dzStd: number;
  daStd: number;
  deadFraction: number;
  saturatedFraction: number;
}

/** Layer l's statistics from its weights, its gradient dW[l] and what its passes gave. */
export function assembleLayerStats(net: Network, params: Params, dW: Float64Array[], l: number, p: LayerPassStats): LayerStats {
  const w = moments(params.W[l]);
  const dw = moments(dW[l]);
  return {
    layer: l + 1,
    wMean: w.mean,
    wStd: w.std,
    zMean: p.z.mean,
    zStd: p.z.std,
    aMean: p.a.mean,
    aStd: p.a.std,
    dwMean: dw.mean,
    dwStd: dw.std,
    dzStd: p.dzStd,
    daStd: p.daStd,
    deadFraction: p.deadFraction,
    saturatedFraction: p.saturatedFraction,
    symmetry: unitDistinctness(params.W[l], net.dims[l + 1], net.dims[l]),
  };
}
