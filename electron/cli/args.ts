// Commander argument parsers. They only turn text into numbers and lists; the shared config schema decides
// what values are allowed, so the CLI, the app and the HTTP API accept exactly the same things.
import { InvalidArgumentError } from 'commander';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^[-+]?Infinity$/;

/** A decimal number (a sign, digits, an exponent); anything else is refused here. */
export function numberArg(text: string): number {
  if (!NUMBER.test(text.trim())) throw new InvalidArgumentError('expected a number.');
  return Number(text.trim());
}

/** A comma-separated list of numbers, e.g. `2,16,8,4,1`. */
export function numberListArg(text: string): number[] {
  const parts = text.split(',');
  if (parts.some((p) => !NUMBER.test(p.trim()))) throw new InvalidArgumentError('expected comma-separated numbers, e.g. 2,16,8,4,1.');
  return parts.map((p) => Number(p.trim()));
}

/** A comma-separated list of non-empty items. */
export function listArg(text: string): string[] {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.some((p) => p === '')) throw new InvalidArgumentError('expected a comma-separated list with no empty items.');
  return parts;
}

/** Most seeds one list may name (a typo such as 1-1000000 is refused rather than queued). */
export const MAX_SEEDS = 10_000;

/** A seed list: `1-10` (inclusive), `1,4,9`, or a mix such as `1-3,7`; duplicates are refused. */
export function seedListArg(text: string): number[] {
  const seeds: number[] = [];
  for (const part of text.split(',').map((p) => p.trim())) {
    const range = /^(\d+)\s*-\s*(\d+)$/.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to < from) throw new InvalidArgumentError(`range ${part} runs backwards; expected FROM-TO with FROM ≤ TO.`);
      if (to - from + 1 + seeds.length > MAX_SEEDS) throw new InvalidArgumentError(`more than ${MAX_SEEDS} seeds.`);
      for (let s = from; s <= to; s++) seeds.push(s);
    } else if (/^\d+$/.test(part)) {
      seeds.push(Number(part));
    } else {
      throw new InvalidArgumentError('expected seeds as FROM-TO or a comma list of whole numbers, e.g. 1-10 or 1,4,9.');
    }
  }
  const seen = new Set<number>();
  const dup = seeds.find((s) => seen.size === seen.add(s).size);
  if (dup !== undefined) throw new InvalidArgumentError(`seed ${dup} is listed twice.`);
  if (seeds.length > MAX_SEEDS) throw new InvalidArgumentError(`more than ${MAX_SEEDS} seeds.`);
  return seeds;
}

/** A whole number ≥ 1 (for display settings such as --log-every that are not config fields). */
export function positiveIntArg(text: string): number {
  if (!/^\+?\d+$/.test(text.trim()) || Number(text) < 1) throw new InvalidArgumentError('expected a whole number ≥ 1.');
  return Number(text);
}
