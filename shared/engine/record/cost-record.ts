// The recorded costs of a run, bounded for very long runs: the first FULL_RATE_COSTS points at the set rate, then
// each bucket of recorded points keeps only its lowest and highest cost (with their iterations), the bucket size
// doubling with every doubling of the run. Every training path records through it, so they store the same points.
import type { CostPoint } from '../types';

/** Cost points a run records at its set rate; past them, each bucket keeps its lowest and highest cost. */
export const FULL_RATE_COSTS = 100_000;

/**
 * Where the n-th point offered (0-based) falls: null while under the full-rate limit `f`; else its bucket as offered
 * indices [first, end). Segment k ≥ 1 covers offered points [f·2^(k−1), f·2^k) in buckets of 2^(k+1), so each segment
 * keeps about f/2 points: f·(1 + log2(n/f)/2) in all.
 */
export function costBucket(n: number, f: number = FULL_RATE_COSTS): { first: number; end: number } | null {
  if (n < f) return null;
  const k = Math.floor(Math.log2(n / f)) + 1;
  // log2 of a ratio can round across an integer; the segment bounds are checked exactly.
  const seg = (j: number) => f * 2 ** (j - 1);
  const kk = n < seg(k) ? k - 1 : n >= seg(k + 1) ? k + 1 : k;
  const start = seg(kk);
  const size = 2 ** (kk + 1);
  const first = start + Math.floor((n - start) / size) * size;
  return { first, end: Math.min(first + size, seg(kk + 1)) };
}

/** The most points a run offering `offered` points keeps (the recorder's bound, for memory estimates and tests). */
export function keptCostBound(offered: number, f: number = FULL_RATE_COSTS): number {
  if (offered <= f) return offered;
  // Per segment at most ⌈length / size⌉ buckets of 2 points each, plus one for a NaN that ends the run.
  let kept = f + 1;
  for (let k = 1; f * 2 ** (k - 1) < offered; k++) {
    const length = Math.min(f * 2 ** k, offered) - f * 2 ** (k - 1);
    kept += 2 * Math.ceil(length / 2 ** (k + 1));
  }
  return kept;
}

/** The loop's cost record: offer every point due at the set rate, flush at the end. */
export interface CostRecorder {
  /** Offers the next point at the set rate; kept points go to `keep` in iteration order. */
  offer(point: CostPoint): void;
  /** Keeps what the open bucket holds (at the end of the run). */
  flush(): void;
}

/** A recorder passing what it keeps to `keep`; `fullRate` is the limit (FULL_RATE_COSTS; smaller in tests). */
export function createCostRecorder(keep: (point: CostPoint) => void, fullRate: number = FULL_RATE_COSTS): CostRecorder {
  let offered = 0;
  let bucketEnd = 0;
  let low: CostPoint | null = null;
  let high: CostPoint | null = null;
  const close = () => {
    if (low && high) {
      // In iteration order; one point when the lowest is also the highest.
      const [first, second] = low.iteration <= high.iteration ? [low, high] : [high, low];
      keep(first);
      if (second !== first) keep(second);
    }
    low = high = null;
  };
  return {
    offer(point) {
      const n = offered++;
      if (n < fullRate) {
        keep(point);
        return;
      }
      if (point.cost !== point.cost) {
        // NaN ends the run (diverged): what the bucket holds, then the NaN itself, so the record shows where it broke.
        close();
        keep(point);
        return;
      }
      if (n >= bucketEnd) {
        close();
        bucketEnd = costBucket(n, fullRate)!.end;
      }
      // The first of equal lowest (highest) costs is kept; +∞ is the highest of any bucket it is in.
      if (!low || point.cost < low.cost) low = point;
      if (!high || point.cost > high.cost) high = point;
    },
    flush: close,
  };
}

/** What a kept point stands for: every recorded point (`all`), or its bucket's lowest, highest or both, and the bucket's iterations. */
export interface KeptCost {
  kept: 'all' | 'min' | 'max' | 'min max' | 'nan';
  /** The bucket's first and last iteration (the point's own under the limit). */
  from: number;
  to: number;
}

/** The set rate of a record, read from its first two points (0 and costEvery: every run records iteration 0). */
function rateOf(costs: readonly CostPoint[]): number {
  return costs.length > 1 ? costs[1].iteration - costs[0].iteration : 1;
}

/**
 * The first iteration whose cost was decimated (the first bucket's), or null when every point was kept at the set
 * rate. Only a run that decimated keeps more than `fullRate` points.
 */
export function costsDecimatedFrom(costs: readonly CostPoint[], fullRate: number = FULL_RATE_COSTS): number | null {
  return costs.length > fullRate ? costs[fullRate - 1].iteration + rateOf(costs) : null;
}

/** What each kept point stands for (the CSV's `kept`, `bucket_from` and `bucket_to` columns). */
export function keptCosts(costs: readonly CostPoint[], fullRate: number = FULL_RATE_COSTS): KeptCost[] {
  const costEvery = rateOf(costs);
  const last = costs.length ? costs[costs.length - 1].iteration : 0;
  const out: KeptCost[] = [];
  for (let i = 0; i < costs.length; ) {
    const p = costs[i];
    const b = costBucket(Math.round(p.iteration / costEvery), fullRate);
    if (!b || p.cost !== p.cost) {
      out.push({ kept: b ? 'nan' : 'all', from: p.iteration, to: p.iteration });
      i++;
      continue;
    }
    const from = b.first * costEvery;
    const to = Math.min((b.end - 1) * costEvery, last);
    const q = costs[i + 1];
    if (q && q.cost === q.cost && q.iteration <= (b.end - 1) * costEvery) {
      // Two points of one bucket: the lower cost is its lowest.
      const pLow = p.cost < q.cost;
      out.push({ kept: pLow ? 'min' : 'max', from, to }, { kept: pLow ? 'max' : 'min', from, to });
      i += 2;
    } else {
      out.push({ kept: 'min max', from, to });
      i++;
    }
  }
  return out;
}
