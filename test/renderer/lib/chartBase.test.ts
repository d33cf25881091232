import { describe, expect, it } from 'vitest';
import { chartBaseConfig } from '../../../renderer/src/lib/chartBase';
import { LIGHT_CHART_COLORS } from '../../../renderer/src/lib/chartTheme';

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

  it('pans and zooms only when asked, so exports and static charts take no pointer listeners', () => {
    expect((base({ zoom: true }).options?.plugins as { zoom?: unknown }).zoom).toMatchObject({ pan: { enabled: true } });
    expect((base().options?.plugins as { zoom?: unknown }).zoom).toBeUndefined();
  });

  it('draws the theme surface behind everything, then the given plugins', () => {
    const extra = { id: 'extra' };
    expect(base({ plugins: [extra] }).plugins?.map((p) => p.id)).toEqual(['initLabBackground', 'extra']);
  });
});
