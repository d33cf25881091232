import { describe, expect, it } from 'vitest';
import type { Checkpoint } from '../../../../shared/engine/types';
import { classResultsOf } from '../../../../renderer/src/lib/images/classResults';

const base = (iteration: number): Checkpoint => ({ iteration, cost: 1, trainAccuracy: 0, testAccuracy: 0, layers: [], boundary: null });

describe('classResultsOf', () => {
  it('reads the latest checkpoint that has a confusion matrix', () => {
    const early = { ...base(0), confusion: [[1, 0], [0, 1]] };
    const late = { ...base(5), confusion: [[2, 0], [1, 1]] };
    expect(classResultsOf([early, late, base(6)], ['a', 'b'])).toMatchObject({ iteration: 5, classes: ['a', 'b'], confusion: [[2, 0], [1, 1]], sample: null });
  });

  it('cuts the sampled pixels into one image per sample with its label and prediction', () => {
    const pixels = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]); // two 2 × 2 images
    const cp = {
      ...base(1),
      confusion: [[1, 1], [0, 0]],
      predictionSample: { indices: [0, 7], labels: [0, 0], predicted: [0, 1], confidence: [0.9, 0.6], images: { width: 2, height: 2, pixels } },
    };
    const r = classResultsOf([cp], ['0', '1'])!;
    expect(r.sample?.images.map((im) => [...Array.from(im.pixels as Uint8Array)])).toEqual([[1, 2, 3, 4], [5, 6, 7, 8]]);
    expect(r.sample?.images.map((im) => [im.label, im.predicted])).toEqual([[0, 0], [0, 1]]);
  });

  it('is null for a run that recorded no confusion matrix (a two-class toy run)', () => {
    expect(classResultsOf([base(0)], ['0', '1'])).toBeNull();
  });
});
