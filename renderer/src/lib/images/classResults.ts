// What a K-class run recorded about its classes, read from its latest checkpoint into one shape for the image views.
import type { Checkpoint } from '../../../../shared/engine/types';

/** One test image (width × height bytes, 0 = background) with its true and predicted class. */
export interface PredictedImage {
  pixels: ArrayLike<number>;
  label: number;
  predicted: number;
}

/** The latest class-level record of a run. */
export interface ClassResults {
  iteration: number;
  classes: string[];
  /** Test counts: confusion[true][predicted]. */
  confusion: number[][];
  /** The sampled test images with their predictions (the same samples at every checkpoint), or null for data that are not images. */
  sample: { width: number; height: number; images: PredictedImage[] } | null;
}

/** The latest checkpoint's class record, or null for a run that recorded none yet (or a run without a test set). */
export function classResultsOf(checkpoints: readonly Checkpoint[], classes: readonly string[]): ClassResults | null {
  for (let i = checkpoints.length - 1; i >= 0; i--) {
    const cp = checkpoints[i];
    if (!cp.confusion) continue;
    const ps = cp.predictionSample;
    let sample: ClassResults['sample'] = null;
    if (ps?.images) {
      const { width, height, pixels } = ps.images;
      const n = width * height;
      sample = { width, height, images: ps.labels.map((label, k) => ({ pixels: pixels.subarray(k * n, (k + 1) * n), label, predicted: ps.predicted[k] })) };
    }
    return { iteration: cp.iteration, classes: [...classes], confusion: cp.confusion, sample };
  }
  return null;
}
