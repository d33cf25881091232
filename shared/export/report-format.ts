// How a report writes numbers: accuracies as percentages, costs to six significant digits, ∞ and NaN as such.

/** An accuracy in [0, 1] as a percentage with one decimal (0.993 → 99.3%); null as a dash. */
export function formatPercent(x: number | null | undefined): string {
  if (x === null || x === undefined) return '—';
  if (!Number.isFinite(x)) return formatNonFinite(x);
  return `${(x * 100).toFixed(1)}%`;
}

/** A cost or statistic to six significant digits (0.6931471805599453 → 0.693147); ∞, −∞ and NaN spelled out. */
export function formatNumber(x: number | null | undefined, digits = 6): string {
  if (x === null || x === undefined) return '—';
  if (!Number.isFinite(x)) return formatNonFinite(x);
  return String(Number(x.toPrecision(digits)));
}

/** A p-value: three significant digits, or an upper bound below 0.0001. */
export function formatP(p: number | null | undefined): string {
  if (p === null || p === undefined) return '—';
  if (!Number.isFinite(p)) return formatNonFinite(p);
  return p < 1e-4 ? '< 0.0001' : String(Number(p.toPrecision(3)));
}

/** An iteration number, or a dash when there is none. */
export function formatIteration(i: number | null | undefined): string {
  return i === null || i === undefined ? '—' : String(i);
}

function formatNonFinite(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  return x > 0 ? '∞' : '−∞';
}
