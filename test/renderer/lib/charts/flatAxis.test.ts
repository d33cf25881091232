import { describe, expect, it } from 'vitest';
import { flatAxisBounds, finiteRange } from '../../../../renderer/src/lib/charts/flatAxis';
import { buildLineChartConfig } from '../../../../renderer/src/lib/charts/lineChartConfig';
import { LIGHT_CHART_COLORS as LIGHT } from '../../../../renderer/src/lib/charts/chartTheme';

const ln2 = Math.log(2);
// the zeros run's cost: log 2 give or take rounding, as a course run records it
const zerosCost = Array.from({ length: 200 }, (_, i) => ({ x: i * 10, y: ln2 + ((i % 3) - 1) * 1.1e-16 }));

describe('flatAxisBounds', () => {
  it('widens a range narrower than rounding noise to ±10% around its value', () => {
    const b = flatAxisBounds(ln2 - 1e-16, ln2 + 1e-16, false);
    expect(b?.min).toBeCloseTo(ln2 * 0.9, 12);
    expect(b?.max).toBeCloseTo(ln2 * 1.1, 12);
  });

  it('leaves a range that really moves alone', () => {
    expect(flatAxisBounds(0.2, 0.7, false)).toBeNull();
    expect(flatAxisBounds(0.6931, 0.6932, false)).toBeNull();
  });

  it('gives a constant zero a unit range and a log axis a decade either side', () => {
    expect(flatAxisBounds(0, 0, false)).toEqual({ min: -1, max: 1 });
    expect(flatAxisBounds(2, 2, true)).toEqual({ min: 0.2, max: 20 });
  });

  it('reads only finite values', () => {
    expect(finiteRange([[NaN, 1, 3, Infinity], [2]])).toEqual({ lo: 1, hi: 3 });
  });
});

describe('a constant cost in a line chart', () => {
  it('is drawn on an axis at least 10% of its value wide, not its rounding noise', () => {
    const config = buildLineChartConfig({ series: [{ id: 'z', label: 'Zeros', color: '#000', points: zerosCost }], colors: LIGHT, xTitle: 'Iteration', yTitle: 'Cost' });
    const y = config.options?.scales?.y as { min: number; max: number };
    expect(y.max - y.min).toBeGreaterThan(0.1 * ln2);
    expect(y.min).toBeLessThan(ln2);
    expect(y.max).toBeGreaterThan(ln2);
  });

  it('keeps chart.js\'s own range once another curve moves', () => {
    const moving = { id: 'h', label: 'He', color: '#111', points: [{ x: 0, y: 0.7 }, { x: 10, y: 0.1 }] };
    const config = buildLineChartConfig({ series: [{ id: 'z', label: 'Zeros', color: '#000', points: zerosCost }, moving], colors: LIGHT, xTitle: 'Iteration', yTitle: 'Cost' });
    const y = config.options?.scales?.y as { min?: number; max?: number };
    expect(y.min).toBeUndefined();
    expect(y.max).toBeUndefined();
  });
});
