import { describe, expect, it } from 'vitest';
import type { Chart } from 'chart.js';
import { xBandsPlugin, type XBand } from '../../../../renderer/src/lib/charts/chartPlugins';

/** A chart whose x axis maps [min, max] onto the plot area [100, 500], drawing into a recording context. */
function fakeChart(min: number, max: number) {
  const calls: { fn: string; args: unknown[] }[] = [];
  const record = (fn: string) => (...args: unknown[]) => void calls.push({ fn, args });
  const ctx = {
    save: record('save'),
    restore: record('restore'),
    beginPath: record('beginPath'),
    rect: record('rect'),
    clip: record('clip'),
    fillRect: record('fillRect'),
    fillText: record('fillText'),
    measureText: (t: string) => ({ width: 6 * t.length }),
  };
  const area = { left: 100, right: 500, top: 10, bottom: 210 };
  const chart = { ctx, chartArea: area, scales: { x: { getPixelForValue: (v: number) => area.left + ((v - min) / (max - min)) * (area.right - area.left) } } };
  return { chart: chart as unknown as Chart, calls };
}

function draw(bands: XBand[], min: number, max: number) {
  const { chart, calls } = fakeChart(min, max);
  const plugin = xBandsPlugin(() => bands);
  (plugin.beforeDatasetsDraw as (c: Chart) => void)(chart);
  return { rects: calls.filter((c) => c.fn === 'fillRect'), texts: calls.filter((c) => c.fn === 'fillText').map((c) => c.args[0]) };
}

describe('xBandsPlugin', () => {
  const band: XBand = { from: 0, to: 253, color: 'rgba(0,0,0,0.2)', label: '∞ Random ×10' };

  it('shades a band in view and names it', () => {
    const { rects, texts } = draw([band], 0, 16000);
    expect(rects).toHaveLength(1);
    expect(texts).toEqual(['∞ Random ×10']);
  });

  it('draws neither the band nor its label once the axis is zoomed past it', () => {
    const { rects, texts } = draw([band], 2000, 14000);
    expect(rects).toHaveLength(0);
    expect(texts).toEqual([]);
  });
});
