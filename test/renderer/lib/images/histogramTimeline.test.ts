import { describe, expect, it } from 'vitest';
import type { Checkpoint, Histogram } from '../../../../shared/engine/types';
import { histogramLayers, histogramTimeline } from '../../../../renderer/src/lib/images/histogramTimeline';

const flat: Histogram = { min: 0, max: 0, counts: [0] };
function cp(iteration: number, activations: Histogram, layer = 1): Checkpoint {
  return { iteration, cost: 1, trainAccuracy: 0, testAccuracy: 0, layers: [], boundary: null, histograms: [{ layer, weights: flat, activations }] };
}

describe('histogramTimeline', () => {
  it('spans the union of the checkpoints\' ranges', () => {
    const t = histogramTimeline([cp(0, { min: -1, max: 0, counts: [1] }), cp(10, { min: 0, max: 3, counts: [1] })], 1, 'activations', 4);
    expect(t).toMatchObject({ lo: -1, hi: 3, bins: 4, iterations: [0, 10] });
  });

  it('spreads a bin over the common bins in proportion to overlap, each checkpoint summing to 1', () => {
    // common bins of width 1 over [0, 4]; the second checkpoint's one bin [1, 3] splits half and half
    const t = histogramTimeline([cp(0, { min: 0, max: 4, counts: [1, 1, 1, 1] }), cp(1, { min: 1, max: 3, counts: [6] })], 1, 'activations', 4);
    expect([...t!.shares.slice(4, 8)]).toEqual([0, 0.5, 0.5, 0]);
    expect([...t!.shares.slice(0, 4)]).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('puts a histogram of one value (every activation 0) in the bin holding it', () => {
    const t = histogramTimeline([cp(0, { min: 0, max: 0, counts: [5] }), cp(1, { min: -1, max: 1, counts: [1, 1] })], 1, 'activations', 4);
    // bins over [−1, 1] of width 0.5: 0 falls in bin 2
    expect([...t!.shares.slice(0, 4)]).toEqual([0, 0, 1, 0]);
  });

  it('gives a range around the value when every checkpoint has one and the same value', () => {
    const t = histogramTimeline([cp(0, { min: 0, max: 0, counts: [5] })], 1, 'activations', 2);
    expect(t).toMatchObject({ lo: -0.5, hi: 0.5 });
    expect([...t!.shares]).toEqual([0, 1]);
  });

  it('is null for a layer with no histograms', () => {
    expect(histogramTimeline([cp(0, { min: 0, max: 1, counts: [1] })], 2, 'activations')).toBeNull();
  });

  it('lists the layers that have histograms in order', () => {
    const a = cp(0, { min: 0, max: 1, counts: [1] }, 2);
    a.histograms!.push({ layer: 1, weights: flat, activations: flat });
    expect(histogramLayers([a])).toEqual([1, 2]);
  });
});
