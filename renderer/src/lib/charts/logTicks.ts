// Which ticks of a log axis get a label: chart.js labels 1…9 × 10^k, which pile up where a decade is short.

/** Preference of a tick by its leading digit: powers of ten first, then 5, 2 and 3, then the rest. */
function rank(v: number): number {
  const m = v / 10 ** Math.floor(Math.log10(v));
  const near = (d: number) => Math.abs(m - d) < 1e-6 * d;
  if (near(1) || near(10)) return 0;
  if (near(5)) return 1;
  if (near(2)) return 2;
  if (near(3)) return 3;
  return 4;
}

/**
 * For each tick value (positive), whether it is labelled: in order of preference, a tick keeps its label when
 * it lies at least `minGapPx` from every label kept before it, at `pxPerDecade` pixels per factor of ten.
 */
export function logTickLabels(values: readonly number[], pxPerDecade: number, minGapPx = 16): boolean[] {
  const order = values.map((v, i) => ({ i, at: Math.log10(v) * pxPerDecade, r: v > 0 ? rank(v) : 9 })).sort((a, b) => a.r - b.r || a.i - b.i);
  const kept: number[] = [];
  const out = values.map(() => false);
  for (const t of order) {
    if (t.r === 9) continue;
    if (kept.every((k) => Math.abs(k - t.at) >= minGapPx)) {
      kept.push(t.at);
      out[t.i] = true;
    }
  }
  return out;
}

/**
 * Labels for an exported log axis: only powers of ten, every k-th decade (k = 1, 2, 3, 5, 10, …, the exponents
 * multiples of k) so that labels stand at least `minGapPx` apart. An axis that holds fewer than two powers of
 * ten falls back to `logTickLabels` at the same gap, so it is never left without labels.
 */
export function decadeTickLabels(values: readonly number[], pxPerDecade: number, minGapPx: number): boolean[] {
  const exponent = values.map((v) => (v > 0 && rank(v) === 0 ? Math.round(Math.log10(v)) : null));
  if (new Set(exponent.filter((e) => e !== null)).size < 2) return logTickLabels(values, pxPerDecade, minGapPx);
  let step = 1;
  for (const s of [1, 2, 3, 5, 10, 20, 25, 50, 100]) {
    step = s;
    if (s * pxPerDecade >= minGapPx) break;
  }
  while (step * pxPerDecade < minGapPx) step *= 2;
  const seen = new Set<number>();
  return exponent.map((e) => {
    if (e === null || e % step !== 0 || seen.has(e)) return false;
    seen.add(e);
    return true;
  });
}
