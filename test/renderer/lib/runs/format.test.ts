import { describe, expect, it } from 'vitest';
import { formatDuration, formatNumber, formatPercent, formatTick } from '../../../../renderer/src/lib/runs/format';

describe('formatPercent', () => {
  it('shows the course accuracies with one decimal', () => {
    expect(formatPercent(0.5)).toBe('50.0%');
    expect(formatPercent(0.83)).toBe('83.0%');
    expect(formatPercent(0.9933333333333333)).toBe('99.3%');
    expect(formatPercent(0.96)).toBe('96.0%');
  });

  it('shows a dash for a missing value', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(NaN)).toBe('—');
  });
});

describe('formatNumber', () => {
  it('names infinities and NaN', () => {
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(-Infinity)).toBe('−∞');
    expect(formatNumber(NaN)).toBe('NaN');
  });

  it('switches to exponent notation for very small values', () => {
    expect(formatNumber(0.000123, 3)).toBe('1.23e-4');
  });
});

describe('formatDuration', () => {
  it('reads minutes and seconds', () => {
    expect(formatDuration(75)).toBe('1 min 15 s');
    expect(formatDuration(0.2)).toBe('<1 s');
  });
});

describe('formatNumber on round powers of ten', () => {
  it('writes 1e-4 rather than 1.000e-4', () => {
    expect(formatNumber(0.0001)).toBe('1e-4');
  });
});

describe('formatTick', () => {
  it('rounds off the float noise a zoomed axis puts in its end ticks', () => {
    expect(formatTick(2000.0000000000002)).toBe((2000).toLocaleString());
    expect(formatTick(0.30000000000000004)).toBe((0.3).toLocaleString());
  });

  it('keeps a tick that really has decimals', () => {
    expect(formatTick(12345.5)).toBe((12345.5).toLocaleString());
    expect(formatTick(0.000125)).toBe((0.000125).toLocaleString(undefined, { maximumFractionDigits: 6 }));
  });
});
