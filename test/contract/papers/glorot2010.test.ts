import { describe, expect, it } from 'vitest';
import { GLOROT_2010_EXPERIMENT, gradientRatio, reproducedGlorot2010 } from '../../../shared/contract/papers/glorot2010';
import { run } from './helpers';

/** Layer stats at init whose dA std goes from `first` at layer 1 to 1 at layer 5 (then the output). */
function layers(first: number) {
  return [first, first ** 0.75, first ** 0.5, first ** 0.25, 1, 2].map((daStd) => ({ aStd: 0.5, daStd }));
}

describe('Glorot & Bengio 2010 check', () => {
  it('trains 5 tanh layers from the standard and the normalized init with histograms', () => {
    expect(GLOROT_2010_EXPERIMENT.base.network).toMatchObject({ dims: [2, 64, 64, 64, 64, 64, 1], activation: 'tanh' });
    expect(GLOROT_2010_EXPERIMENT.arms.map((a) => a.init.name)).toEqual(['glorot_standard', 'xavier_uniform']);
    expect(GLOROT_2010_EXPERIMENT.base.record.histogramBins).toBeGreaterThan(0);
  });

  it('measures the gradient ratio from the first to the last hidden layer, leaving the output out', () => {
    expect(gradientRatio(run('Standard', { layersAtInit: layers(0.1) }))).toBeCloseTo(0.1, 12);
  });

  it('says reproduced when the standard init\'s gradients shrink toward the input far more', () => {
    const v = reproducedGlorot2010([run('Standard', { layersAtInit: layers(0.1) }), run('Normalized', { layersAtInit: layers(0.7) })]);
    expect(v.verdict).toBe('reproduced');
    expect(v.why).toContain('0.10 (standard) vs 0.70 (normalized)');
  });

  it('says not reproduced when both keep their gradients alike', () => {
    expect(reproducedGlorot2010([run('Standard', { layersAtInit: layers(0.6) }), run('Normalized', { layersAtInit: layers(0.7) })]).verdict).toBe('not_reproduced');
  });

  it('is pending while a run is queued', () => {
    expect(reproducedGlorot2010([run('Standard', { layersAtInit: layers(0.1), status: 'queued' }), run('Normalized', { layersAtInit: layers(0.7) })]).verdict).toBe('pending');
  });

  it('is pending without layer statistics', () => {
    expect(reproducedGlorot2010([run('Standard'), run('Normalized')]).verdict).toBe('pending');
  });
});
