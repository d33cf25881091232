import { describe, expect, it } from 'vitest';
import { classify, decadeLabel, decadeTicks, logPosition, logRange } from '../../../../renderer/src/lib/deep/logScale';
import { defaultLayers, MARK_COLORS, paintHeatmap } from '../../../../renderer/src/lib/deep/heatmap';
import { logCurves, logTickLabel } from '../../../../renderer/src/lib/deep/traceSeries';
import { viridis } from '../../../../renderer/src/lib/stats/statsColor';

describe('classify', () => {
  it('tells finite positive values from exact zeros, infinities, NaN and negatives', () => {
    expect([1e-300, 1e300, 0, -0, Infinity, -Infinity, NaN, -1].map(classify)).toEqual(['finite', 'finite', 'zero', 'zero', 'infinite', 'infinite', 'nan', 'negative']);
  });
});

describe('logRange', () => {
  it('spans whole decades from 1e-300 to 1e300, skipping zeros and non-finite values', () => {
    expect(logRange([1e-300, 0, Infinity, NaN, 3e299, 1])).toEqual({ lo: -300, hi: 300 });
  });

  it('reaches subnormals: 5e-324 sits in the decade from 1e-324', () => {
    expect(logRange([5e-324, 1e-300])?.lo).toBe(-324);
  });

  it('is at least one decade wide for a single value and null with no finite positive value', () => {
    expect(logRange([0.5])).toEqual({ lo: -1, hi: 0 });
    expect(logRange([1])).toEqual({ lo: 0, hi: 1 });
    expect(logRange([0, NaN, Infinity])).toBeNull();
  });
});

describe('logPosition and ticks', () => {
  it('places 1e-26 a fifth of the way up from 1e-30 to 1e-10, and gives NaN for 0 and ∞', () => {
    const r = { lo: -30, hi: -10 };
    expect(logPosition(1e-26, r)).toBeCloseTo(0.2, 12);
    expect(logPosition(0, r)).toBeNaN();
    expect(logPosition(Infinity, r)).toBeNaN();
  });

  it('labels decades as 1e-26, 0.01, 1 and 1e300, and keeps about six ticks over 600 decades', () => {
    expect([-26, -2, 0, 300].map(decadeLabel)).toEqual(['1e-26', '0.01', '1', '1e300']);
    const ticks = decadeTicks({ lo: -300, hi: 300 }, 6);
    expect(ticks.length).toBeLessThanOrEqual(7);
    expect(ticks).toContain(0);
  });
});

describe('paintHeatmap', () => {
  it('colours finite values on viridis across their log range and marks 0, ∞ and NaN in their own colours, counted for the legend', () => {
    const p = paintHeatmap({ layers: [1, 2], iterations: [0, 10, 20], values: [[1e-300, 1e300, 0], [Infinity, NaN, 1]] });
    expect(p.range).toEqual({ lo: -300, hi: 300 });
    expect(p.colors[0][0]).toBe(viridis(0));
    expect(p.colors[0][1]).toBe(viridis(1));
    expect(p.colors[1][2]).toBe(viridis(0.5));
    expect(p.colors[0][2]).toBe(MARK_COLORS.zero);
    expect(p.colors[1][0]).toBe(MARK_COLORS.infinite);
    expect(p.colors[1][1]).toBe(MARK_COLORS.nan);
    expect(p.marks.map((m) => [m.cls, m.count])).toEqual([['zero', 1], ['infinite', 1], ['nan', 1]]);
  });

  it('still paints every cell when no value is finite and positive (all zeros)', () => {
    const p = paintHeatmap({ layers: [1], iterations: [0, 1], values: [[0, 0]] });
    expect(p.range).toBeNull();
    expect(p.colors[0]).toEqual([MARK_COLORS.zero, MARK_COLORS.zero]);
  });
});

describe('logCurves', () => {
  it('puts finite values at log10 and exact zeros and non-finite values on named rows below and above the range', () => {
    const c = logCurves([{ id: 'a', label: 'a', color: '#000', points: [{ x: 0, y: 1e-26 }, { x: 1, y: 0 }, { x: 2, y: NaN }, { x: 3, y: 1e-3 }] }]);
    expect(c.range).toEqual({ lo: -26, hi: -3 });
    expect(c.series[0].points.map((p) => p.y)).toEqual([-26, NaN, NaN, -3]);
    const zero = c.series.find((s) => s.id === 'mark-zero');
    const bad = c.series.find((s) => s.id === 'mark-bad');
    expect(zero?.label).toBe('exactly 0');
    expect(zero?.points.filter((p) => Number.isFinite(p.y))).toEqual([{ x: 1, y: c.zeroY }]);
    expect(bad?.points.filter((p) => Number.isFinite(p.y))).toEqual([{ x: 2, y: c.badY }]);
    expect(logTickLabel(c.zeroY, c)).toBe('0');
    expect(logTickLabel(-26, c)).toBe('1e-26');
    expect(logTickLabel(-4.5, c)).toBe('3.16e-5');
  });

  it('adds no marker series when every value is finite and positive', () => {
    expect(logCurves([{ id: 'a', label: 'a', color: '#000', points: [{ x: 0, y: 2 }] }]).series).toHaveLength(1);
  });
});

describe('defaultLayers', () => {
  it('traces the first, middle and last of 101 layers, and every layer of a net with three or fewer', () => {
    expect(defaultLayers(Array.from({ length: 101 }, (_, i) => i + 1))).toEqual([1, 51, 101]);
    expect(defaultLayers([1, 2])).toEqual([1, 2]);
  });
});
