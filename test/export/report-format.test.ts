import { describe, expect, it } from 'vitest';
import { formatIteration, formatNumber, formatP, formatPercent } from '../../shared/export/report-format';

describe('report number formats', () => {
  it("writes accuracies as percentages with one decimal, as the course's 50.0%, 83.0% and 99.3%", () => {
    expect([0.5, 0.83, 0.9933333333333333, 1, 0].map(formatPercent)).toEqual(['50.0%', '83.0%', '99.3%', '100.0%', '0.0%']);
  });

  it('writes costs to six significant digits without trailing zeros', () => {
    expect([0.6931471805599453, 0.5, 1e-9, 123456789].map((x) => formatNumber(x))).toEqual(['0.693147', '0.5', '1e-9', '123457000']);
  });

  it('spells out infinite and NaN values and shows a dash for none', () => {
    expect([Infinity, -Infinity, Number.NaN, null, undefined].map((x) => formatNumber(x))).toEqual(['∞', '−∞', 'NaN', '—', '—']);
    expect(formatPercent(null)).toBe('—');
  });

  it('writes p-values to three digits with a floor at 0.0001', () => {
    expect([0.04567, 0.5, 0.00001, null].map(formatP)).toEqual(['0.0457', '0.5', '< 0.0001', '—']);
  });

  it('writes iteration 0 as 0, not as none', () => {
    expect([0, 12, null].map(formatIteration)).toEqual(['0', '12', '—']);
  });
});
