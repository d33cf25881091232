// A scale sweep's grid shaped for heatmaps: cells by seed (rows) and scale (columns), per-scale medians and
// the share of seeds that converged; plus the initializers a sweep can scale and scale lists as people type them.
import type { CatalogueEntry, RunStatus, SweepCellSummary, SweepDetail } from '../../../../shared/contract/records';
import { scaleParamOf } from '../../../../shared/contract/sweep';
import { formulaWithMultiplier } from '../../../../shared/engine/init/formula';
import { quantileSorted, sortedCopy } from '../../../../shared/stats/quantile';

/** An initializer a sweep can scale: what is multiplied (its weight multiplier) and its value at ×1. */
export interface ScalableInit {
  name: string;
  label: string;
  /** The registry formula with the swept multiplier s written in (W = s × …). */
  formula: string;
  param: string;
  baseValue: number;
}

/** The initializers a sweep can scale (all but zeros and lsuv), by the service's own rule. */
export function scalableInitializers(entries: readonly CatalogueEntry[]): ScalableInit[] {
  return entries.flatMap((e) => {
    const scaled = scaleParamOf({ name: e.name, params: {}, bias: 0 });
    return scaled.ok ? [{ name: e.name, label: e.label, formula: formulaWithMultiplier(e.formula, 's'), ...scaled.value }] : [];
  });
}

/** Positive scale multipliers as typed ("0.25, 0.5, 1, 2, 4"), in the order given, repeats dropped; or the bad part. */
export function parseScaleList(text: string): { ok: true; scales: number[] } | { ok: false; message: string } {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (!parts.length) return { ok: false, message: 'enter at least one scale (e.g. 0.5, 1, 2)' };
  const scales: number[] = [];
  for (const part of parts) {
    const v = Number(part.replace(/^[×x*]/, ''));
    if (!Number.isFinite(v) || v <= 0) return { ok: false, message: `"${part}" is not a positive number` };
    if (!scales.includes(v)) scales.push(v);
  }
  if (scales.length > 200) return { ok: false, message: `at most 200 scales (got ${scales.length})` };
  return { ok: true, scales };
}

/** Statuses in which a cell's numbers are final. */
const OUTCOMES: readonly RunStatus[] = ['done', 'diverged'];

/** Whether a cell converged: finished with a finite final cost at or below the target; null while it has no outcome. */
export function converged(cell: SweepCellSummary, target: number): boolean | null {
  if (!OUTCOMES.includes(cell.status)) return null;
  return cell.finalCost != null && Number.isFinite(cell.finalCost) && cell.finalCost <= target;
}

/** The grid: rows[i][j] is the cell of seeds[i] at scales[j] (null where the sweep has none). */
export function sweepGrid(d: SweepDetail): (SweepCellSummary | null)[][] {
  const at = new Map(d.cells.map((c) => [`${c.seed}|${c.scale}`, c]));
  return d.seeds.map((seed) => d.scales.map((scale) => at.get(`${seed}|${scale}`) ?? null));
}

/** Per scale: cells with an outcome, the median final loss over those with a finite one, and the converged share. */
export interface ScaleSummary {
  scale: number;
  cells: number;
  finished: number;
  /** Finished cells whose final cost was NaN or infinite (diverged). */
  nonFinite: number;
  medianCost: number | null;
  converged: number;
  /** converged / finished; null until a cell finished. */
  share: number | null;
}

/** The summary row under each heatmap. */
export function scaleSummaries(d: SweepDetail, target: number): ScaleSummary[] {
  return d.scales.map((scale) => {
    const cells = d.cells.filter((c) => c.scale === scale);
    const finished = cells.filter((c) => OUTCOMES.includes(c.status));
    const costs = finished.map((c) => c.finalCost).filter((v): v is number => v != null && Number.isFinite(v));
    const conv = finished.filter((c) => converged(c, target)).length;
    return {
      scale,
      cells: cells.length,
      finished: finished.length,
      nonFinite: finished.length - costs.length,
      medianCost: costs.length ? quantileSorted(sortedCopy(costs), 0.5) : null,
      converged: conv,
      share: finished.length ? conv / finished.length : null,
    };
  });
}

/** Whether resuming would queue anything: some cell ended without a result (cancelled, interrupted, failed). */
export function canResume(d: SweepDetail): boolean {
  return d.cells.some((c) => c.status === 'cancelled' || c.status === 'interrupted' || c.status === 'failed');
}

/** The finite final costs of the sweep's finished cells, for the colour scale's range. */
export function finiteCosts(d: SweepDetail): number[] {
  return d.cells.filter((c) => OUTCOMES.includes(c.status)).map((c) => c.finalCost).filter((v): v is number => v != null && Number.isFinite(v));
}

/**
 * The final-loss range the heatmap's colours span: the finite costs' min to max, widened downwards to at least
 * 10% of the max, so cells that differ in the third digit (every seed stuck at ln 2, say) do not look far apart.
 * Null when no cell has a finite cost.
 */
export function costColourRange(d: SweepDetail): { lo: number; hi: number } | null {
  const costs = finiteCosts(d);
  if (!costs.length) return null;
  const hi = Math.max(...costs);
  const lo = Math.min(...costs);
  const span = 0.1 * Math.abs(hi);
  return { lo: hi - lo < span ? hi - span : lo, hi };
}

/** A multiplier as a column heading: 0.5 → "×0.5". */
export function formatScale(s: number): string {
  return `×${Number(s.toPrecision(4))}`;
}
