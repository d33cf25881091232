// Fixed-bin histograms of the finite values of an array.
import type { Histogram } from '../types';

/** `bins` equal bins over [min, max] of the finite values of a[0 .. n); the maximum falls in the last bin. */
export function histogram(a: Float64Array, bins: number, n = a.length): Histogram {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = a[i];
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const counts = new Array<number>(bins).fill(0);
  if (min === Infinity) return { min: 0, max: 0, counts };
  // A constant array (all zeros after zero init) gets a unit-wide range so the bins stay well defined.
  if (max === min) max = min + 1;
  const w = (max - min) / bins;
  for (let i = 0; i < n; i++) {
    const v = a[i];
    if (!(v >= min && v <= max)) continue;
    counts[Math.min(bins - 1, Math.floor((v - min) / w))]++;
  }
  return { min, max, counts };
}

/** A histogram of values that arrive a piece at a time, in two sweeps: see() each value, close(), then count() each again. */
export interface HistogramBuilder {
  see(v: number): void;
  close(): void;
  count(v: number): void;
  result(): Histogram;
}

/** histogram()'s bins over values seen and then counted one by one: the same range, the same counts. */
export function histogramBuilder(bins: number): HistogramBuilder {
  let min = Infinity;
  let max = -Infinity;
  let w = 0;
  let empty = true;
  const counts = new Array<number>(bins).fill(0);
  return {
    see(v) {
      if (!Number.isFinite(v)) return;
      if (v < min) min = v;
      if (v > max) max = v;
    },
    close() {
      empty = min === Infinity;
      if (empty) return;
      if (max === min) max = min + 1;
      w = (max - min) / bins;
    },
    count(v) {
      if (!(v >= min && v <= max)) return;
      counts[Math.min(bins - 1, Math.floor((v - min) / w))]++;
    },
    result: () => (empty ? { min: 0, max: 0, counts } : { min, max, counts }),
  };
}
