// JSON for the command line: one document, with non-finite numbers kept as the strings JSON can carry.

/** JSON.stringify that writes Infinity, -Infinity and NaN as the strings "Infinity", "-Infinity", "NaN" (JSON has no such numbers). */
export function toJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v), indent);
}
