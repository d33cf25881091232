// A phase diagram's cells as the heat map draws them: mean test accuracy over the seeds that finished, per
// (σ_w², depth), and the band each σ_w² column and depth row covers on continuous axes (so the theory's lines fit).
import type { SweepDetail } from '../../../../shared/contract/records';

/** One (σ_w², depth) point of the grid. */
export interface PhaseCell {
  sigmaW2: number;
  depth: number;
  /** Mean test accuracy of the finished seeds; null while none has. */
  accuracy: number | null;
  finished: number;
  total: number;
}

/** The span [lo, hi] around each sorted value: halfway to its neighbours (the ends extend by half a step). */
export function bands(values: readonly number[]): Map<number, [number, number]> {
  const v = [...new Set(values)].sort((a, b) => a - b);
  const out = new Map<number, [number, number]>();
  v.forEach((x, i) => {
    const lo = i > 0 ? (v[i - 1] + x) / 2 : v.length > 1 ? x - (v[1] - x) / 2 : x - 0.5;
    const hi = i < v.length - 1 ? (x + v[i + 1]) / 2 : v.length > 1 ? x + (x - v[i - 1]) / 2 : x + 0.5;
    out.set(x, [lo, hi]);
  });
  return out;
}

/** The grid's cells: every σ_w² × depth, mean test accuracy over seeds with an outcome (done or diverged). */
export function phaseCells(detail: SweepDetail): PhaseCell[] {
  const phase = detail.phase;
  if (!phase) return [];
  const acc = new Map<string, { sum: number; n: number; total: number }>();
  const key = (s: number, d: number) => `${s}|${d}`;
  for (const c of detail.cells) {
    const depth = phase.depthOf[c.runId];
    const k = key(c.scale, depth);
    const e = acc.get(k) ?? { sum: 0, n: 0, total: 0 };
    e.total++;
    // A diverged run learned nothing: chance level counts as its accuracy when the store kept none.
    if (c.status === 'done' || c.status === 'diverged') {
      const a = c.testAccuracy;
      if (a != null && Number.isFinite(a)) {
        e.sum += a;
        e.n++;
      }
    }
    acc.set(k, e);
  }
  const cells: PhaseCell[] = [];
  for (const depth of phase.depths) {
    for (const sigmaW2 of phase.sigmaW2) {
      const e = acc.get(key(sigmaW2, depth)) ?? { sum: 0, n: 0, total: 0 };
      cells.push({ sigmaW2, depth, accuracy: e.n ? e.sum / e.n : null, finished: e.n, total: e.total });
    }
  }
  return cells;
}
