import { describe, expect, it } from 'vitest';
import type { ChartConfiguration } from 'chart.js';
import { chartBaseConfig, labelExtentPx } from '../../../../renderer/src/lib/charts/chartBase';
import { staticConfig } from '../../../../renderer/src/lib/charts/chartExport';
import { LIGHT_CHART_COLORS } from '../../../../renderer/src/lib/charts/chartTheme';
import { formatNumber } from '../../../../renderer/src/lib/runs/format';

type Callback = (this: unknown, v: number, i: number, t: { value: number }[]) => string;

/** chart.js's ticks of a log axis: 1 … 9 × 10^k over the decades from lo to hi. */
const logTicks = (lo: number, hi: number) =>
  Array.from({ length: hi - lo }, (_, d) => [1, 2, 3, 4, 5, 6, 7, 8, 9].map((m) => m * 10 ** (lo + d)))
    .flat()
    .concat([10 ** hi]);

/** The y axis's labels as the exported chart draws them on an axis `length` px long (chart.js calls the callback with the scale as `this`). */
function exportedLabels(values: number[], length: number): { value: number; label: string }[] {
  const cfg = chartBaseConfig({
    datasets: [],
    colors: LIGHT_CHART_COLORS,
    x: { title: 'Iteration' },
    y: { title: 'Cost', log: true, format: (v) => formatNumber(v, 6) },
    tooltip: { callbacks: {} },
  }) as unknown as ChartConfiguration;
  const y = (staticConfig(cfg, 2).options as { scales: { y: { ticks: { callback: Callback } } } }).scales.y;
  // what chart.js knows while it fits an export: the scale's own size, no chart area yet (one layout, fresh chart)
  const scale = { chart: { height: 240, width: 640 }, height: length, width: 60, isHorizontal: () => false };
  const ticks = values.map((value) => ({ value }));
  return values.map((value, i) => ({ value, label: y.ticks.callback.call(scale, value, i, ticks) })).filter((t) => t.label !== '');
}

describe('exported log axes', () => {
  it('label only powers of ten on the mini-batch cost axis from 1e-12 to 1, none closer than a label is tall', () => {
    // the export of a 240 px chart with its legend on top leaves the y axis about 150 px
    const length = 150;
    const labels = exportedLabels(logTicks(-12, 0), length);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    for (const t of labels) expect(Math.log10(t.value) % 1).toBeCloseTo(0, 9);
    const at = labels.map((t) => (Math.log10(t.value) + 12) * (length / 12));
    for (let i = 1; i < at.length; i++) expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(labelExtentPx(labels[i].label, false));
  });

  it('label every decade where decades are long', () => {
    const labels = exportedLabels(logTicks(-3, 0), 300);
    expect(labels.map((t) => t.value)).toEqual([0.001, 0.01, 0.1, 1]);
  });

  it('still label an axis that holds fewer than two powers of ten, apart from each other', () => {
    // the course's cost, 0.69 down to 0.08, on a 150 px axis
    const values = [0.08, 0.09, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
    const labels = exportedLabels(values, 150);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    const pxPerDecade = 150 / Math.log10(0.7 / 0.08);
    const at = labels.map((t) => Math.log10(t.value) * pxPerDecade);
    for (let i = 1; i < at.length; i++) expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(labelExtentPx(labels[i].label, false));
  });
});
