// Input checks shared by every statistic: a bad sample is rejected loudly, naming where it went wrong.

/** Thrown when a sample cannot be used: empty, or holding NaN (or ±Infinity where a mean is taken). */
export class StatsInputError extends RangeError {
  override name = 'StatsInputError';
}

/** Which non-finite values a statistic tolerates: rank statistics order ±Infinity; mean-based ones cannot. */
export type FiniteRule = 'finite' | 'no-nan';

/** Throws StatsInputError unless `values` is non-empty and obeys `rule`; `label` names the sample in the message. */
export function checkSample(values: ArrayLike<number>, label: string, rule: FiniteRule = 'finite'): void {
  if (values.length === 0) throw new StatsInputError(`sample ${label} is empty`);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || Number.isNaN(v)) {
      throw new StatsInputError(`sample ${label} holds ${String(v)} at index ${i}; drop or resolve it before comparing`);
    }
    if (rule === 'finite' && !Number.isFinite(v)) {
      throw new StatsInputError(`sample ${label} holds ${v} at index ${i}; a mean-based statistic needs finite values`);
    }
  }
}
