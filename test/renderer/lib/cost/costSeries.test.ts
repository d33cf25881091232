import { describe, expect, it } from 'vitest';
import { costLines } from '../../../../renderer/src/lib/cost/costSeries';
import { buildLineChartConfig } from '../../../../renderer/src/lib/charts/lineChartConfig';
import { LIGHT_CHART_COLORS } from '../../../../renderer/src/lib/charts/chartTheme';
import { DEFAULT_SMOOTHING, useChartSettings } from '../../../../renderer/src/stores/chartSettings';

const costs = Array.from({ length: 50 }, (_, i) => ({ iteration: i, cost: 1 / (i + 1) + (i % 2 ? 0.3 : 0) }));

describe('cost curves and smoothing', () => {
  it('smooths by default, as TensorBoard does', () => {
    expect(useChartSettings().settings.smoothing).toBe(DEFAULT_SMOOTHING);
    expect(DEFAULT_SMOOTHING).toBeGreaterThan(0);
  });

  it('smooths mini-batch costs with the raw curve faint behind, and draws full-batch costs as they are', () => {
    const lines = costLines([
      { id: 'sgd', label: 'SGD', color: '#000000', costs, miniBatch: true },
      { id: 'gd', label: 'GD', color: '#111111', costs },
    ]);
    const config = buildLineChartConfig({ series: lines, colors: LIGHT_CHART_COLORS, xTitle: 'Iteration', yTitle: 'Cost', smoothing: DEFAULT_SMOOTHING });
    const roles = config.data.datasets.map((d) => `${d.label}:${(d as { initLab?: { role: string } }).initLab?.role}`);
    expect(roles).toEqual(['SGD:raw', 'SGD (smoothed):smoothed', 'GD:raw']);
  });

  it('says the smoothing on the chart itself, so an exported PNG or SVG says it too', () => {
    const lines = costLines([{ id: 'sgd', label: 'SGD', color: '#000000', costs, miniBatch: true }]);
    const config = buildLineChartConfig({ series: lines, colors: LIGHT_CHART_COLORS, xTitle: 'Iteration', yTitle: 'Cost', smoothing: 0.6 });
    const title = (config.options?.scales?.x as { title: { text: string } }).title.text;
    expect(title).toBe('Iteration · cost smoothed: debiased EMA 0.60, raw curve faint');
  });
});
