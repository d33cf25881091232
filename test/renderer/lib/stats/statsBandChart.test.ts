import { describe, expect, it } from 'vitest';
import { buildBandChartConfig } from '../../../../renderer/src/lib/stats/statsBandChart';
import { armBands } from '../../../../renderer/src/lib/stats/statsBands';
import { groupByArm } from '../../../../renderer/src/lib/stats/statsArms';
import { LIGHT_CHART_COLORS } from '../../../../renderer/src/lib/charts/chartTheme';
import { seedRun } from '../../helpers/seedRuns';

const costs = (...ys: number[]) => ys.map((cost, i) => ({ iteration: i * 10, cost }));
const groups = groupByArm(null, [
  seedRun({ arm: 'he', seed: 1, costs: costs(1, 0.5, 0.2) }),
  seedRun({ arm: 'he', seed: 2, costs: costs(3, 0.7, 0.4) }),
  seedRun({ arm: 'xavier_normal', seed: 1, costs: costs(2, 1, 0.5) }),
  seedRun({ arm: 'xavier_normal', seed: 2, costs: costs(2, 1, 0.7) }),
]);
const bands = armBands(groups, 'cost', 'std');
type Meta = { initLab: { arm: number; role: string } };
const roles = (cfg: ReturnType<typeof buildBandChartConfig>) => cfg.data.datasets.map((d) => (d as unknown as Meta).initLab.role);

describe('buildBandChartConfig', () => {
  it('draws per arm a mean line and a band filled between its lower and upper bounds', () => {
    const cfg = buildBandChartConfig({ bands, colors: LIGHT_CHART_COLORS, xTitle: 'Iteration', yTitle: 'Cost' });
    expect(roles(cfg)).toEqual(['mean', 'lower', 'upper', 'mean', 'lower', 'upper']);
    const upper = cfg.data.datasets[2];
    expect(upper.fill).toEqual({ target: 1 });
    expect(cfg.data.datasets[5].fill).toEqual({ target: 4 });
    expect(cfg.data.datasets[0].data.map((p) => p.y)).toEqual([2, 0.6, expect.closeTo(0.3, 12)]);
  });

  it('adds every seed\'s curve behind the bands only when asked', () => {
    const cfg = buildBandChartConfig({ bands, colors: LIGHT_CHART_COLORS, xTitle: 'Iteration', yTitle: 'Cost', showRuns: true });
    expect(roles(cfg).filter((r) => r === 'run')).toHaveLength(4);
    const run = cfg.data.datasets.find((d) => (d as unknown as Meta).initLab.role === 'run');
    expect(run?.order).toBeGreaterThan(cfg.data.datasets[0].order ?? 0);
  });

  it('hides every dataset of an arm the legend switched off', () => {
    const cfg = buildBandChartConfig({ bands, colors: LIGHT_CHART_COLORS, xTitle: 'Iteration', yTitle: 'Cost', hidden: new Set([1]), showRuns: true });
    for (const d of cfg.data.datasets) expect(d.hidden).toBe((d as unknown as Meta).initLab.arm === 1);
  });

  it('keeps a band closed on a log axis by cutting a lower bound at or below zero at the axis floor', () => {
    const wide = armBands(groupByArm(null, [seedRun({ arm: 'he', seed: 1, costs: costs(0.1) }), seedRun({ arm: 'he', seed: 2, costs: costs(3) })]), 'cost', 'std');
    expect(wide[0].band.lower[0]).toBeLessThan(0);
    const cfg = buildBandChartConfig({ bands: wide, colors: LIGHT_CHART_COLORS, xTitle: 'Iteration', yTitle: 'Cost', logScale: true });
    const lower = cfg.data.datasets[1].data[0].y as number;
    // half the least positive mean (1.55 / 2 = 0.775) rounded down to 0.5, which is also where the axis starts
    expect(lower).toBe(0.5);
    expect((cfg.options?.scales?.y as { min?: number }).min).toBe(lower);
  });

  it('answers tooltips with the mean, its spread and the seeds counted', () => {
    const cfg = buildBandChartConfig({ bands, colors: LIGHT_CHART_COLORS, xTitle: 'Iteration', yTitle: 'Cost' });
    const tooltip = cfg.options?.plugins?.tooltip as unknown as { callbacks: { label(item: unknown): string } };
    const text = tooltip.callbacks.label({ dataset: cfg.data.datasets[0], dataIndex: 0, raw: cfg.data.datasets[0].data[0] });
    expect(text).toBe('He: 2 ± 1.414 (n = 2)');
  });
});
