// JSON for the command line: one document, with non-finite numbers kept as the strings JSON can carry, and
// small flat objects (a cost point) on one line so long cost lists stay readable.

/** Writes Infinity, -Infinity and NaN as the strings "Infinity", "-Infinity", "NaN" (JSON has no such numbers), and typed arrays as arrays. */
function finite(_key: string, v: unknown): unknown {
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as unknown as ArrayLike<number>);
  return v;
}

function isFlat(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  return Object.values(v).every((x) => x === null || typeof x !== 'object');
}

function write(v: unknown, pad: string, indent: string): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  const entries = Array.isArray(v) ? v.map((x) => [null, x] as const) : Object.entries(v).filter(([, x]) => x !== undefined);
  const open = Array.isArray(v) ? '[' : '{';
  const close = Array.isArray(v) ? ']' : '}';
  if (entries.length === 0) return open + close;
  const item = ([k, x]: readonly [string | null, unknown], inner: string, sep: string) =>
    (k === null ? '' : `${JSON.stringify(k)}${sep}`) + write(x, inner, indent);
  if (isFlat(v) && indent !== '') return `${open} ${entries.map((e) => item(e, '', ': ')).join(', ')} ${close}`;
  const inner = pad + indent;
  const nl = indent === '' ? '' : '\n';
  const sep = indent === '' ? ':' : ': ';
  return `${open}${nl}${entries.map((e) => inner + item(e, inner, sep)).join(`,${nl}`)}${nl}${pad}${close}`;
}

/** JSON text of value: non-finite numbers as strings, typed arrays as arrays, flat objects and arrays on one line when indenting (indent 0 = compact). */
export function toJson(value: unknown, indent = 2): string {
  const plain: unknown = JSON.parse(JSON.stringify(value, finite) ?? 'null');
  return write(plain, '', ' '.repeat(indent));
}
