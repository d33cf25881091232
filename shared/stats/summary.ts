// The per-arm summary of a final metric across seeds: centre, spread, range and a t-based 95% interval.
import { studentTQuantile } from './distributions';
import { meanOf, sampleVarianceOf } from './moments';
import { quantileSorted, sortedCopy } from './quantile';

/**
 * Summary of one metric over seeds. Non-finite values (a diverged run's NaN or ±Infinity cost) are left
 * out of every statistic and counted in `nonFinite`; `n` counts the finite values used. Statistics that
 * need more values than there are are null: everything at n = 0, `std` and `ci95` at n = 1.
 */
export interface Summary {
  n: number;
  nonFinite: number;
  mean: number | null;
  /** Sample standard deviation (divisor n − 1). */
  std: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  /** 95% confidence interval of the mean: mean ± t(0.975, n − 1) · std/√n. */
  ci95: [number, number] | null;
}

/** Two-sided confidence level of every interval here. */
export const CONFIDENCE = 0.95;

/** The half-width factor t(0.975, n − 1) of a 95% interval of a mean of n values (n ≥ 2). */
export function tCritical95(n: number): number {
  let t = T_CRITICAL.get(n);
  if (t === undefined) {
    t = studentTQuantile(1 - (1 - CONFIDENCE) / 2, n - 1);
    T_CRITICAL.set(n, t);
  }
  return t;
}

// Bands ask for the same few n at every point; the quantile is solved once per n.
const T_CRITICAL = new Map<number, number>();

/** Splits values into the finite ones and a count of the rest. */
export function finiteValues(values: ArrayLike<number>): { values: number[]; nonFinite: number } {
  const kept: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) kept.push(values[i]);
  return { values: kept, nonFinite: values.length - kept.length };
}

/** Mean, sample std, median, min, max, n and the t-based 95% interval of the mean over the finite values. */
export function summarize(values: ArrayLike<number>): Summary {
  const { values: xs, nonFinite } = finiteValues(values);
  const n = xs.length;
  if (n === 0) return { n, nonFinite, mean: null, std: null, median: null, min: null, max: null, ci95: null };
  const sorted = sortedCopy(xs);
  const m = meanOf(xs);
  const base = { n, nonFinite, mean: m, median: quantileSorted(sorted, 0.5), min: sorted[0], max: sorted[n - 1] };
  if (n === 1) return { ...base, std: null, ci95: null };
  const s = Math.sqrt(sampleVarianceOf(xs, m));
  const half = (tCritical95(n) * s) / Math.sqrt(n);
  return { ...base, std: s, ci95: [m - half, m + half] };
}
