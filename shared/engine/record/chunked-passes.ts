// A checkpoint's pass over the training set a chunk of samples at a time, holding for the whole set only what its
// statistics must sweep in order (the outputs, the hidden layers' Z, and dA but for the last hidden layer; a single
// hidden layer beyond a budget not even that), yet every number equals the whole-set pass's bit for bit: each
// value is computed per sample as there, and each sum keeps its order.
import type { RecordConfig } from '../../contract/config';
import type { InputMatrix } from '../nn/inputs';
import type { Loss } from '../nn/loss';
import { backPropagated } from '../nn/back-propagate';
import { outputGradient } from '../nn/output';
import { createWorkspace, forward, linear, type Network, type Workspace } from '../nn/network';
import type { Dataset, Histogram, LayerStats, Params } from '../types';
import { accuracy } from './accuracy';
import { histogram, histogramBuilder, type HistogramBuilder } from './histogram';
import { assembleLayerStats, layerActivation, saturationTest } from './layer-stats';
import { moments } from './moments';

/** How a pass is cut: samples per chunk, and doubles of a single hidden layer's Z held at once before it comes in blocks of units. */
export interface PassPlan {
  chunk: number;
  budget: number;
}

/**
 * 1,024 samples a chunk; 2 Mi doubles (16 MiB) of a single hidden layer's Z: a [784, 32, 10] net's over 60,000
 * samples is held whole, a [784, 128, 10] net's comes in four blocks of 34 units.
 */
export const DEFAULT_PASS_PLAN: PassPlan = { chunk: 1024, budget: 2 * 2 ** 20 };

/** A checkpoint's numbers from the training set (record/checkpoint.ts puts them in the checkpoint). */
export interface TrainingSummary {
  cost: number;
  trainAccuracy: number;
  /** Per-layer statistics ([] without record.layerStats). */
  layers: LayerStats[];
  /** Per layer, the histograms of A and of the back-propagated dA (null without histogram bins). */
  activations: Histogram[] | null;
  gradients: Histogram[] | null;
  /** dCost/dW over the whole training set. */
  dW: Float64Array[];
}

/** What a summary needs to know about a run. */
export interface SummaryInputs {
  net: Network;
  loss: Loss;
  dataset: Dataset;
  xTrain: InputMatrix;
  record: RecordConfig;
}

/** The four sums each hidden layer's statistics fold, in this order. */
const Z = 0;
const A = 1;
const DZ = 2;
const DA = 3;

/**
 * A hidden layer's statistics folded over its values in the whole-set arrays' order (unit by unit, each unit's
 * samples in order): one sweep for the sums and the histograms' ranges, a second for the squared deviations
 * from the means and the histograms' counts.
 */
interface HiddenFold {
  sums: Float64Array;
  devs: Float64Array;
  means: Float64Array;
  dead: number;
  saturated: number;
  activations: HistogramBuilder | null;
  gradients: HistogramBuilder | null;
}

/**
 * Arrays a checkpointer's summaries share from one checkpoint to the next (each summary overwrites them), so
 * a run allocates them once rather than once per checkpoint.
 */
export interface SummaryBuffers {
  arrays: Map<string, Float64Array>;
  ws: Workspace | null;
}

/** Fresh buffers for a checkpointer's summaries. */
export function summaryBuffers(): SummaryBuffers {
  return { arrays: new Map(), ws: null };
}

/**
 * The training set's checkpoint numbers at `params`, from passes over chunks of `plan.chunk` samples; `buffers`
 * carries the arrays over to the next call (the summary's dW is one of them: read it before the next call).
 */
export function summariseTraining(inputs: SummaryInputs, params: Params, plan: PassPlan = DEFAULT_PASS_PLAN, buffers = summaryBuffers()): TrainingSummary {
  const { net, loss, dataset, xTrain, record } = inputs;
  const dims = net.dims;
  const L = dims.length - 1;
  const K = dims[L];
  const m = dataset.nTrain;
  const y = dataset.yTrain;
  const bins = record.histogramBins;
  const hiddenWanted = record.layerStats || bins > 0;
  const chunk = Math.max(1, Math.min(plan.chunk, m));
  const array = (key: string, n: number): Float64Array => {
    let a = buffers.arrays.get(key);
    if (!a || a.length !== n) buffers.arrays.set(key, (a = new Float64Array(n)));
    return a;
  };
  if (!buffers.ws || buffers.ws.capacity !== chunk) buffers.ws = createWorkspace(dims, chunk);
  const cws = buffers.ws;
  const x = array('x', dims[0] * chunk);
  const dW = params.W.map((W, l) => array(`dW${l}`, W.length).fill(0));
  // The output layer over the whole set: its cost and accuracy read all of it at once.
  const zOut = array('zOut', K * m);
  const aOut = array('aOut', K * m);
  const dzOut = array('dzOut', K * m);

  // Hidden layers' Z held whole through the main pass, and the dA of all but the last (whose dA comes a row at a
  // time from the output gradient). A net's single hidden layer beyond the budget is taken instead a block of
  // units at a time, in passes that compute only those units' Z: its sweeps then cost two passes of the layer.
  const lastHidden = L - 2;
  const blocked = (l: number) => hiddenWanted && L === 2 && l === 0 && dims[1] * m > plan.budget;
  const held = dims.slice(1, L).map((n, l) =>
    !hiddenWanted || blocked(l) ? null : { z: array(`z${l}`, n * m), da: l === lastHidden ? null : array(`da${l}`, n * m) },
  );

  const forEachChunk = (visit: (from: number, c: number) => void): void => {
    for (let from = 0; from < m; from += chunk) {
      const c = Math.min(chunk, m - from);
      xTrain.gather(x, c, from, c);
      visit(from, c);
    }
  };

  // The main pass: outputs and dW over the whole set, and the held layers' rows.
  forEachChunk((from, c) => {
    forward(net, params, x, c, cws);
    chunkBackward(net, params, x, y, from, c, m, cws, dW);
    copyRows(cws.Z[L - 1], zOut, 0, K, c, from, m);
    copyRows(cws.A[L - 1], aOut, 0, K, c, from, m);
    copyRows(cws.dZ[L - 1], dzOut, 0, K, c, from, m);
    held.forEach((h, l) => {
      if (!h) return;
      copyRows(cws.Z[l], h.z, 0, dims[l + 1], c, from, m);
      if (h.da) copyRows(cws.dA[l], h.da, 0, dims[l + 1], c, from, m);
    });
  });

  const summary: TrainingSummary = {
    cost: loss.cost(zOut, aOut, y, m, array('terms', m)),
    trainAccuracy: accuracy(aOut, y, m, K),
    layers: [],
    activations: bins > 0 ? [] : null,
    gradients: bins > 0 ? [] : null,
    dW,
  };
  if (!hiddenWanted) return summary;

  // dA of the last hidden layer's unit u over all samples: W_Lᵀ·dZ_L, summed over the output units in order.
  const daRow = array('daRow', m);
  const lastDa = (u: number): Float64Array => {
    const n = dims[L - 1];
    const W = params.W[L - 1];
    daRow.fill(0);
    for (let i = 0; i < K; i++) {
      const w = W[i * n + u];
      const zi = i * m;
      for (let j = 0; j < m; j++) daRow[j] += w * dzOut[zi + j];
    }
    return daRow;
  };
  const folds: HiddenFold[] = [];
  for (let l = 0; l < L - 1; l++) {
    const n = dims[l + 1];
    const fold = newFold(bins);
    const h = held[l];
    if (h) {
      for (const stage of [1, 2] as const) {
        if (stage === 2) endSums(fold, n * m);
        for (let u = 0; u < n; u++) {
          const da = h.da ? h.da.subarray(u * m, u * m + m) : lastDa(u);
          sweep(net, fold, l, h.z.subarray(u * m, u * m + m), da, m, stage);
        }
      }
    } else {
      // Z of a block of units over all samples, one pass per block and sweep (a single block: both sweeps).
      const rows = Math.max(1, Math.min(n, Math.floor(plan.budget / m)));
      const zRows = array('zRows', rows * m);
      const blocks = Math.ceil(n / rows);
      for (const stage of [1, 2] as const) {
        if (stage === 2) endSums(fold, n * m);
        for (let u0 = 0; u0 < n; u0 += rows) {
          const r = Math.min(rows, n - u0);
          if (blocks > 1 || stage === 1) firstLayerRows(params, u0, r, zRows, forEachChunk, x, cws.Z[0], m);
          for (let u = 0; u < r; u++) sweep(net, fold, l, zRows.subarray(u * m, u * m + m), lastDa(u0 + u), m, stage);
        }
      }
    }
    folds.push(fold);
  }

  const size = (l: number) => dims[l + 1] * m;
  const outSize = K * m;
  const outMoments = record.layerStats ? { z: moments(zOut, outSize), a: moments(aOut, outSize), dz: moments(dzOut, outSize) } : null;
  if (record.layerStats) {
    folds.forEach((f, l) => {
      const n = size(l);
      const std = (q: number) => Math.sqrt(f.devs[q] / n);
      const act = layerActivation(net, l);
      summary.layers.push(
        assembleLayerStats(net, params, dW, l, {
          z: { mean: f.means[Z], std: std(Z) },
          a: { mean: f.means[A], std: std(A) },
          dzStd: std(DZ),
          daStd: std(DA),
          deadFraction: act.canDie ? f.dead / n : 0,
          saturatedFraction: act.bounds ? f.saturated / n : 0,
        }),
      );
    });
    const out = outMoments!;
    const act = layerActivation(net, L - 1);
    summary.layers.push(
      assembleLayerStats(net, params, dW, L - 1, {
        z: out.z,
        a: out.a,
        dzStd: out.dz.std,
        daStd: out.dz.std,
        deadFraction: act.canDie ? countOf(zOut, (v) => v <= 0) / outSize : 0,
        saturatedFraction: act.bounds ? countOf(aOut, saturationTest(act.bounds)) / outSize : 0,
      }),
    );
  }
  if (bins > 0) {
    for (const f of folds) {
      summary.activations!.push(f.activations!.result());
      summary.gradients!.push(f.gradients!.result());
    }
    summary.activations!.push(histogram(aOut, bins, outSize));
    summary.gradients!.push(histogram(dzOut, bins, outSize));
  }
  return summary;
}

function newFold(bins: number): HiddenFold {
  return {
    sums: new Float64Array(4),
    devs: new Float64Array(4),
    means: new Float64Array(4),
    dead: 0,
    saturated: 0,
    activations: bins > 0 ? histogramBuilder(bins) : null,
    gradients: bins > 0 ? histogramBuilder(bins) : null,
  };
}

/**
 * One sweep of hidden layer l's fold over `size` values of Z and dA, taken in the whole-set arrays' order:
 * A = f(Z) and dZ = dA ⊙ f'(Z, A) as the forward and backward passes compute them. Stage 1 sums, stage 2 (after
 * endSums) adds the squared deviations from the means, as moments() does over one array.
 */
function sweep(net: Network, fold: HiddenFold, l: number, z: Float64Array, da: Float64Array, size: number, stage: 1 | 2): void {
  const f = net.hidden.f;
  const df = net.hidden.df;
  const p = net.hiddenParams;
  const ha = fold.activations;
  const hg = fold.gradients;
  if (stage === 1) {
    const act = layerActivation(net, l);
    const sat = act.bounds ? saturationTest(act.bounds) : null;
    let sz = fold.sums[Z];
    let sa = fold.sums[A];
    let sdz = fold.sums[DZ];
    let sda = fold.sums[DA];
    let dead = 0;
    let saturated = 0;
    for (let e = 0; e < size; e++) {
      const ze = z[e];
      const ae = f(ze, p);
      const dae = da[e];
      const dze = dae * df(ze, ae, p);
      sz += ze;
      sa += ae;
      sdz += dze;
      sda += dae;
      if (ze <= 0) dead++;
      if (sat && sat(ae)) saturated++;
      ha?.see(ae);
      hg?.see(dae);
    }
    fold.sums.set([sz, sa, sdz, sda]);
    fold.dead += dead;
    fold.saturated += saturated;
    return;
  }
  let vz = fold.devs[Z];
  let va = fold.devs[A];
  let vdz = fold.devs[DZ];
  let vda = fold.devs[DA];
  const [mz, ma, mdz, mda] = fold.means;
  for (let e = 0; e < size; e++) {
    const ze = z[e];
    const ae = f(ze, p);
    const dae = da[e];
    const dze = dae * df(ze, ae, p);
    const d0 = ze - mz;
    vz += d0 * d0;
    const d1 = ae - ma;
    va += d1 * d1;
    const d2 = dze - mdz;
    vdz += d2 * d2;
    const d3 = dae - mda;
    vda += d3 * d3;
    ha?.count(ae);
    hg?.count(dae);
  }
  fold.devs.set([vz, va, vdz, vda]);
}

/** Ends a fold's first stage over n values: the means (sum / n, as moments()) and the histograms' ranges. */
function endSums(fold: HiddenFold, n: number): void {
  for (let q = 0; q < 4; q++) fold.means[q] = fold.sums[q] / n;
  fold.activations?.close();
  fold.gradients?.close();
}

function countOf(a: Float64Array, test: (v: number) => boolean): number {
  let k = 0;
  for (let i = 0; i < a.length; i++) if (test(a[i])) k++;
  return k;
}

/** Rows u0 … u0+rows−1 of a chunk's matrix (row stride c) into the whole-set matrix (row stride m) at column `from`. */
function copyRows(src: Float64Array, dst: Float64Array, u0: number, rows: number, c: number, from: number, m: number): void {
  for (let u = 0; u < rows; u++) dst.set(src.subarray((u0 + u) * c, (u0 + u) * c + c), u * m + from);
}

/**
 * The backward pass over one chunk of c samples (columns from … from+c−1 of the set) after forward() on it:
 * dZ_L = (1/m)·(A_L − Y) with the whole set's m, dA and dZ of every layer as nn/network's backward computes
 * them, and, with `dW`, each dW entry's sum over samples carried on from the previous chunk, one term at a
 * time in sample order (the whole-set sum's order).
 */
function chunkBackward(
  net: Network,
  params: Params,
  x: Float64Array,
  y: Float64Array,
  from: number,
  c: number,
  m: number,
  ws: Workspace,
  dW: Float64Array[],
): void {
  const dims = net.dims;
  const L = dims.length - 1;
  const K = dims[L];
  // (1/m)(A − Y) over this chunk's c samples, m the whole set's size.
  outputGradient(ws.A[L - 1], y.subarray(from, from + c), ws.dZ[L - 1], K, m, c, c);
  const df = net.hidden.df;
  const p = net.hiddenParams;
  for (let l = L - 1; l >= 0; l--) {
    const n = dims[l + 1];
    const nPrev = dims[l];
    const dZ = ws.dZ[l];
    const prev = l === 0 ? x : ws.A[l - 1];
    const dWl = dW[l];
    for (let i = 0; i < n; i++) {
      const zi = i * c;
      for (let k = 0; k < nPrev; k++) {
        const ak = k * c;
        let s = dWl[i * nPrev + k];
        for (let j = 0; j < c; j++) s += dZ[zi + j] * prev[ak + j];
        dWl[i * nPrev + k] = s;
      }
    }
    if (l === 0) break;
    const W = params.W[l];
    const dA = ws.dA[l - 1];
    const Zp = ws.Z[l - 1];
    const Ap = ws.A[l - 1];
    const dZp = ws.dZ[l - 1];
    backPropagated(W, dZ, n, nPrev, c, dA);
    for (let q = 0; q < nPrev * c; q++) dZp[q] = dA[q] * df(Zp[q], Ap[q], p);
  }
}

/**
 * Z of the first layer's units u0 … u0+rows−1 over all m samples into zRows (row stride m), one pass over the set's
 * chunks computing only those rows, each entry as forward() computes it.
 */
function firstLayerRows(
  params: Params,
  u0: number,
  rows: number,
  zRows: Float64Array,
  forEachChunk: (visit: (from: number, c: number) => void) => void,
  x: Float64Array,
  z: Float64Array,
  m: number,
): void {
  const nPrev = params.dims[0];
  const W = params.W[0].subarray(u0 * nPrev, (u0 + rows) * nPrev);
  const b = params.b[0].subarray(u0, u0 + rows);
  forEachChunk((from, c) => {
    linear(W, b, x, z, rows, nPrev, c);
    copyRows(z, zRows, 0, rows, c, from, m);
  });
}
