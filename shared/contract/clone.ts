// A deep copy of plain data (configs, sweeps): objects and arrays copied key by key in their order, typed arrays
// sliced, everything else as is. shared/ uses it instead of structuredClone, a host global (HTML, Node), not ECMAScript.

/** A copy of `value` sharing nothing mutable with it (plain objects, arrays, typed arrays; other objects are not expected). */
export function cloneData<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (ArrayBuffer.isView(value)) return (value as unknown as { slice(): T }).slice();
  if (Array.isArray(value)) return value.map((v: unknown) => cloneData(v)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = cloneData(v);
  return out as T;
}
