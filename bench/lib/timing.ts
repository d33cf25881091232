// Timing helpers: repeat a measurement and summarise it by its median.

/** The median of a non-empty list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Calls `measure` n times (each call returns the seconds it measured) and returns all n figures. */
export async function repeat(n: number, measure: () => number | Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await measure());
  return out;
}

/** Seconds as a short fixed string, e.g. "0.412 s". */
export function secs(x: number): string {
  return `${x.toFixed(3)} s`;
}

/** A list of seconds for the report line, e.g. "[0.41 0.40 0.43]". */
export function secsList(xs: number[]): string {
  return `[${xs.map((x) => x.toFixed(2)).join(' ')}]`;
}
