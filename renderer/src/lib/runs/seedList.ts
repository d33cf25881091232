// Seed lists as people type them: "1, 2, 3", "1-5", "1-3, 10".

/** The seeds a list names, or an error naming the bad part. Ranges are inclusive; repeats are dropped. */
export function parseSeedList(text: string): { ok: true; seeds: number[] } | { ok: false; message: string } {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (!parts.length) return { ok: false, message: 'enter at least one seed (e.g. 1 or 1-5)' };
  const out: number[] = [];
  for (const part of parts) {
    const m = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(part);
    if (!m) return { ok: false, message: `"${part}" is not a seed or a range such as 1-5` };
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (b < a) return { ok: false, message: `"${part}": a range must go up (e.g. 1-5)` };
    if (b - a > 999) return { ok: false, message: `"${part}": at most 1000 seeds in a range` };
    for (let s = a; s <= b; s++) if (!out.includes(s)) out.push(s);
  }
  return { ok: true, seeds: out };
}

/** A seed list written compactly: [1,2,3,7] → "1-3, 7". */
export function formatSeedList(seeds: readonly number[]): string {
  const sorted = [...seeds].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i + 1 ? `${sorted[i]}-${sorted[j]}` : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return parts.join(', ');
}
