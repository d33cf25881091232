// What differs between run configs: each config flattened to dotted paths, keeping the paths whose values differ.

/** One differing setting: its path and each run's value as text ('—' where a run lacks it). */
export interface DiffRow {
  path: string;
  values: string[];
}

function show(v: unknown): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : String(v);
  if (typeof v === 'string') return v;
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** A config as dotted paths → text. Long arrays of rows (a CSV's data) become a short description. */
export function flattenConfig(value: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (Array.isArray(value)) {
    if (value.length > 12 || value.some((v) => Array.isArray(v) || (v !== null && typeof v === 'object'))) {
      // rows of data differ by content; a digest keeps them comparable without listing them
      out[prefix] = `${value.length} items (#${digest(JSON.stringify(value))})`;
    } else out[prefix] = `[${value.map(show).join(', ')}]`;
    return out;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (!entries.length && prefix) out[prefix] = '{}';
    for (const [k, v] of entries) flattenConfig(v, prefix ? `${prefix}.${k}` : k, out);
    return out;
  }
  if (prefix) out[prefix] = show(value);
  return out;
}

/** A short, stable digest of a text (FNV-1a, hex). */
export function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The settings whose values are not the same in every config, in path order. */
export function diffConfigs(configs: readonly unknown[]): DiffRow[] {
  const flat = configs.map((c) => flattenConfig(c));
  const paths = [...new Set(flat.flatMap((f) => Object.keys(f)))].sort();
  const rows: DiffRow[] = [];
  for (const path of paths) {
    const values = flat.map((f) => f[path] ?? '—');
    if (values.some((v) => v !== values[0])) rows.push({ path, values });
  }
  return rows;
}
