import { describe, expect, it } from 'vitest';
import { chartBaseConfig } from '../../../../renderer/src/lib/charts/chartBase';
import { LIGHT_CHART_COLORS } from '../../../../renderer/src/lib/charts/chartTheme';

type Scale = { type: string; min?: number; title: { text: string }; ticks: { color: string; callback?: (v: number) => string; stepSize?: number } };
const base = (over: Partial<Parameters<typeof chartBaseConfig>[0]> = {}) =>
  chartBaseConfig({ datasets: [], colors: LIGHT_CHART_COLORS, x: { title: 'Iteration' }, y: { title: 'Cost' }, tooltip: { callbacks: {} }, ...over });
const scales = (cfg: ReturnType<typeof base>) => cfg.options?.scales as unknown as { x: Scale; y: Scale };

describe('chartBaseConfig', () => {
  it('titles a log axis as such and keeps a linear one plain', () => {
    const { x, y } = scales(base({ y: { title: 'Cost', log: true } }));
    expect([x.type, x.title.text]).toEqual(['linear', 'Iteration']);
    expect([y.type, y.title.text]).toEqual(['logarithmic', 'Cost (log scale)']);
  });

  it('labels ticks with the axis format and keeps the other tick options', () => {
    const { x, y } = scales(base({ x: { title: 'Layer', ticks: { stepSize: 1 } }, y: { title: 'Accuracy', min: 0, format: (v) => `${v * 100}%` } }));
    expect(x.ticks.stepSize).toBe(1);
    expect(x.ticks.color).toBe(LIGHT_CHART_COLORS.muted);
    expect(y.min).toBe(0);
    expect(y.ticks.callback?.(0.5)).toBe('50%');
  });

  it('labels only the ticks of a log axis that keep clear of each other', () => {
    const { y } = scales(base({ y: { title: 'Cost', log: true, format: (v) => String(v) } }));
    const values = [0.07, 0.1, 0.3, 0.7, 1, 3, 7, 10, 30];
    const ticks = values.map((value) => ({ value }));
    // 180 px for about 2.6 decades
    const scale = { chart: { height: 240, width: 600, chartArea: { top: 10, bottom: 190, left: 40, right: 590 } }, isHorizontal: () => false };
    const cb = y.ticks.callback as unknown as (this: typeof scale, v: number, i: number, t: { value: number }[]) => string;
    expect(values.map((v, i) => cb.call(scale, v, i, ticks))).toEqual(['', '0.1', '0.3', '', '1', '3', '', '10', '30']);
    // and only the labelled ones draw a grid line
    const grid = (y as unknown as { grid: { color: (ctx: { tick: { label: string } }) => string } }).grid.color;
    expect([grid({ tick: { label: '' } }), grid({ tick: { label: '0.1' } })]).toEqual(['transparent', LIGHT_CHART_COLORS.grid]);
  });

  it('pans and zooms only when asked, so exports and static charts take no pointer listeners', () => {
    expect((base({ zoom: true }).options?.plugins as { zoom?: unknown }).zoom).toMatchObject({ pan: { enabled: true } });
    expect((base().options?.plugins as { zoom?: unknown }).zoom).toBeUndefined();
  });

  it('draws the theme surface behind everything, then the given plugins', () => {
    const extra = { id: 'extra' };
    expect(base({ plugins: [extra] }).plugins?.map((p) => p.id)).toEqual(['initLabBackground', 'extra']);
  });
});
