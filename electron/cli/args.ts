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
