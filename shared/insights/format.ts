// Numbers written for insight text: short, and exact about zeros and non-finite values.

/** A number in at most 3 significant digits (1.2e-26, 0.057, 1,500 stays 1500), "0", "∞", "NaN". */
export function fmt(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e5) return String(Number(v.toPrecision(3)));
  return v.toExponential(1).replace('e+', 'e');
}

/** A share as a percentage ("85%"). */
export function pct(v: number): string {
  return `${Math.round(v * 1000) / 10}%`;
}
