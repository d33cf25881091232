// Number formatting shared by every view, so a value reads the same everywhere.

/** A fraction in [0, 1] as a percentage with one decimal: 0.993 → "99.3%". */
export function formatPercent(fraction: number | null | undefined): string {
  if (fraction == null || !Number.isFinite(fraction)) return '—';
  return `${(Math.round(fraction * 1000) / 10).toFixed(1)}%`;
}

/** A cost or statistic with enough digits to compare, and the words for non-finite values. */
export function formatNumber(x: number | null | undefined, digits = 4): string {
  if (x == null) return '—';
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (x !== 0 && (Math.abs(x) >= 1e5 || Math.abs(x) < 1e-3)) return x.toExponential(digits - 1).replace(/\.?0+e/, 'e');
  return Number(x.toPrecision(digits)).toString();
}

/** An axis tick: float noise from zooming rounded off (2000.0000000000002 → "2,000"), grouped as the locale groups. */
export function formatTick(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return Number(v.toPrecision(12)).toLocaleString(undefined, { maximumFractionDigits: 6 });
}

/** Seconds as a short human duration: 75 → "1 min 15 s". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return '—';
  if (seconds < 1) return '<1 s';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** An integer with thin-space thousands separators: 15000 → "15 000". */
export function formatInt(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

/** A timestamp (ms since epoch or ISO string) as a local date and time. */
export function formatDate(t: number | string): string {
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? '—' : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
