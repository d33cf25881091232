// The bounded cost record: every point at the set rate up to the limit, then each bucket's lowest and highest cost.
import { describe, expect, it } from 'vitest';
import { COURSE_PRESET, RunConfigSchema } from '../../../shared/contract/config';
import { MAX_ITERATIONS } from '../../../shared/contract/limits';
import { FULL_RATE_COSTS, costBucket, costsDecimatedFrom, createCostRecorder, keptCostBound, keptCosts } from '../../../shared/engine/record/cost-record';
import { trainRun } from '../../../shared/engine/train';
import type { CostPoint } from '../../../shared/engine/types';

/** A cheap noisy falling curve (a fixed LCG, no training): cost of the n-th offered point. */
function curve(count: number): (n: number) => number {
  let s = 12345;
  const noise = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    noise[i] = s / 2147483648;
  }
  return (n) => 1 / (1 + n / 1000) + 0.1 * noise[n];
}

function record(costs: (n: number) => number, count: number, every = 1, fullRate = FULL_RATE_COSTS): CostPoint[] {
  const kept: CostPoint[] = [];
  const recorder = createCostRecorder((p) => kept.push(p), fullRate);
  for (let n = 0; n < count; n++) recorder.offer({ iteration: n * every, cost: costs(n) });
  recorder.flush();
  return kept;
}

describe('createCostRecorder', () => {
  it('keeps every point, unchanged, under the limit', () => {
    const cost = curve(20_000);
    const kept = record(cost, 20_000, 5);
    expect(kept).toHaveLength(20_000);
    expect(kept.every((p, n) => p.iteration === n * 5 && p.cost === cost(n))).toBe(true);
    expect(costsDecimatedFrom(kept)).toBeNull();
  });

  it('keeps a million-iteration record bounded: the first 100,000 points, then each bucket’s exact lowest and highest', () => {
    const count = 1_000_000;
    const cost = curve(count);
    const kept = record(cost, count);
    // f·(1 + log2(10)/2) ≈ 266,096 points (12.8 MB at 48 bytes a point) instead of a million.
    expect(kept.length).toBeLessThanOrEqual(keptCostBound(count));
    expect(kept.length).toBeLessThan(270_000);
    for (let n = 0; n < FULL_RATE_COSTS; n++) if (kept[n].iteration !== n || kept[n].cost !== cost(n)) throw new Error(`point ${n} changed`);
    expect(costsDecimatedFrom(kept)).toBe(FULL_RATE_COSTS);
    // Every iteration strictly after the one before.
    expect(kept.every((p, i) => i === 0 || p.iteration > kept[i - 1].iteration)).toBe(true);
    // The reference: each bucket's lowest and highest cost by brute force, compared with what was kept there.
    const byBucket = new Map<number, CostPoint[]>();
    for (const p of kept.slice(FULL_RATE_COSTS)) {
      const b = costBucket(p.iteration)!;
      byBucket.set(b.first, [...(byBucket.get(b.first) ?? []), p]);
    }
    let buckets = 0;
    for (let n = FULL_RATE_COSTS; n < count; ) {
      const b = costBucket(n)!;
      let lo = n;
      let hi = n;
      for (let m = b.first; m < Math.min(b.end, count); m++) {
        if (cost(m) < cost(lo)) lo = m;
        if (cost(m) > cost(hi)) hi = m;
      }
      const points = byBucket.get(b.first) ?? [];
      expect(points.map((p) => p.iteration)).toEqual(lo === hi ? [lo] : [Math.min(lo, hi), Math.max(lo, hi)]);
      buckets++;
      n = b.end;
    }
    expect(buckets).toBe(byBucket.size);
    // The bucket doubles with each doubling of the run: 4 points just past the limit, 32 at the end.
    expect(costBucket(FULL_RATE_COSTS)).toEqual({ first: FULL_RATE_COSTS, end: FULL_RATE_COSTS + 4 });
    expect(costBucket(count - 1)!.end - costBucket(count - 1)!.first).toBe(32);
  });

  it('stays bounded at the iteration limit: under 440,000 points for 10 million iterations', () => {
    expect(keptCostBound(MAX_ITERATIONS + 1)).toBeLessThan(440_000);
  });

  it('keeps a NaN that ends the run after what its bucket held, and +∞ as a bucket’s highest', () => {
    const costs = [5, 4, 3, 2, 1, Infinity, 0.5, 0.7, 0.6, NaN];
    const kept = record((n) => costs[n], costs.length, 10, 4);
    // Points 0–3 at full rate; bucket [4, 8): lowest 0.5 at 6, highest ∞ at 5; bucket [8, 12): 0.6 at 8, then the NaN.
    expect(kept.map((p) => [p.iteration, p.cost])).toEqual([
      [0, 5], [10, 4], [20, 3], [30, 2], [50, Infinity], [60, 0.5], [80, 0.6], [90, NaN],
    ]);
    expect(keptCosts(kept, 4).map((k) => k.kept)).toEqual(['all', 'all', 'all', 'all', 'max', 'min', 'min max', 'nan']);
    expect(costsDecimatedFrom(kept, 4)).toBe(40);
    expect(keptCosts(kept, 4).slice(4, 7).map((k) => [k.from, k.to])).toEqual([[40, 70], [40, 70], [80, 90]]);
  });
});

describe('the training loop’s cost record', () => {
  it('is the same on the fast and reference paths when it decimates, and smaller than the points due', () => {
    const config = RunConfigSchema.parse({ ...COURSE_PRESET, iterations: 3000, record: { ...COURSE_PRESET.record, costEvery: 1, checkpointEvery: 1000 } });
    const hooks = { fullRateCosts: 500 };
    const fast = trainRun(config, hooks, { path: 'fast' });
    const ref = trainRun(config, hooks, { path: 'reference' });
    expect(fast.costs).toEqual(ref.costs);
    expect(fast.costs.length).toBeLessThanOrEqual(keptCostBound(3000, 500));
    expect(fast.costs.length).toBeLessThan(1500);
    expect(costsDecimatedFrom(fast.costs, 500)).toBe(500);
    // Under the limit the record is every point due, as before.
    const full = trainRun(config, {}, { path: 'fast' });
    expect(full.costs).toHaveLength(3000);
    expect(full.costs.slice(0, 500)).toEqual(fast.costs.slice(0, 500));
  });
});
