// Percentile bootstrap interval of a difference in means, resampling each sample on its own.
import type { Rng } from '../engine/rng/types';
import { quantileSorted } from './quantile';
import { CONFIDENCE } from './summary';
import { checkSample } from './validate';

/** Resamples drawn by default: enough that the interval's ends move by about 3% of the bootstrap sd between seeds. */
export const BOOTSTRAP_RESAMPLES = 10_000;

/** Options of bootstrapMeanDiff. */
export interface BootstrapOptions {
  resamples?: number;
  /** Two-sided confidence level (default 0.95). */
  level?: number;
}

/**
 * Percentile bootstrap interval of mean(a) − mean(b), as scipy.stats.bootstrap((a, b), …, method='percentile'):
 * each resample draws n_a indices of a, then n_b indices of b, with replacement, by rng.int; the interval's
 * ends are the (1 ± level)/2 quantiles of the resampled differences, linearly interpolated.
 * The result depends only on the samples, the rng's state and the resample count. Rejects NaN and ±Infinity.
 */
export function bootstrapMeanDiff(a: ArrayLike<number>, b: ArrayLike<number>, rng: Rng, options: BootstrapOptions = {}): [number, number] {
  checkSample(a, 'a');
  checkSample(b, 'b');
  const { resamples = BOOTSTRAP_RESAMPLES, level = CONFIDENCE } = options;
  if (!(Number.isInteger(resamples) && resamples >= 1)) throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`level must lie strictly between 0 and 1, got ${level}`);
  const na = a.length;
  const nb = b.length;
  const diffs = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let sa = 0;
    for (let i = 0; i < na; i++) sa += a[rng.int(na)];
    let sb = 0;
    for (let i = 0; i < nb; i++) sb += b[rng.int(nb)];
    diffs[r] = sa / na - sb / nb;
  }
  diffs.sort();
  const alpha = 1 - level;
  return [quantileSorted(diffs, alpha / 2), quantileSorted(diffs, 1 - alpha / 2)];
}
