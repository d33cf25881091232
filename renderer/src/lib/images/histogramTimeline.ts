// One layer's histograms over training on one value axis: each checkpoint's bins spread onto common bins by overlap.
import type { Checkpoint, Histogram } from '../../../../shared/engine/types';

/** Shares per common bin (rows: checkpoints in order; columns: bins from lo to hi). */
export interface HistogramTimeline {
  layer: number;
  iterations: number[];
  lo: number;
  hi: number;
  bins: number;
  /** shares[c * bins + j]: share of checkpoint c's values in bin j. */
  shares: Float64Array;
}

/**
 * The activation (or weight) histograms of `layer` across checkpoints, re-binned onto `bins` bins over the
 * union of their ranges. A bin's count is spread over the common bins in proportion to overlap; a histogram
 * of one value (min = max, e.g. every unit at 0) puts its count in the bin holding that value.
 */
export function histogramTimeline(checkpoints: readonly Checkpoint[], layer: number, kind: 'activations' | 'weights', bins = 40): HistogramTimeline | null {
  const hists: { iteration: number; h: Histogram }[] = [];
  for (const cp of checkpoints) {
    const lh = cp.histograms?.find((x) => x.layer === layer);
    if (lh && Number.isFinite(lh[kind].min) && Number.isFinite(lh[kind].max)) hists.push({ iteration: cp.iteration, h: lh[kind] });
  }
  if (!hists.length) return null;
  let lo = Math.min(...hists.map((x) => x.h.min));
  let hi = Math.max(...hists.map((x) => x.h.max));
  if (!(hi > lo)) {
    lo -= 0.5;
    hi += 0.5;
  }
  const width = (hi - lo) / bins;
  const binOf = (v: number) => Math.min(bins - 1, Math.max(0, Math.floor((v - lo) / width)));
  const shares = new Float64Array(hists.length * bins);
  hists.forEach(({ h }, c) => {
    const total = h.counts.reduce((a, b) => a + b, 0);
    if (!(total > 0)) return;
    const row = c * bins;
    const w = (h.max - h.min) / h.counts.length;
    h.counts.forEach((count, i) => {
      if (!count) return;
      const a = h.min + i * w;
      const b = a + w;
      if (!(b > a)) {
        shares[row + binOf(a)] += count / total;
        return;
      }
      for (let j = binOf(a); j <= binOf(b) && j < bins; j++) {
        const overlap = Math.min(b, lo + (j + 1) * width) - Math.max(a, lo + j * width);
        if (overlap > 0) shares[row + j] += (count / total) * (overlap / (b - a));
      }
    });
  });
  return { layer, iterations: hists.map((x) => x.iteration), lo, hi, bins, shares };
}

/** The layers that have histograms at any checkpoint, in order. */
export function histogramLayers(checkpoints: readonly Checkpoint[]): number[] {
  const s = new Set<number>();
  for (const cp of checkpoints) for (const h of cp.histograms ?? []) s.add(h.layer);
  return [...s].sort((a, b) => a - b);
}
