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
