// Short random ids for experiments and runs: readable in a terminal, unique in practice (60 random bits).
import { randomBytes } from 'node:crypto';

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A new id such as `r-k3v9x0q2mzt4`: a one-letter kind, a dash and 12 base-36 characters. */
export function newId(kind: 'e' | 'r' | 's'): string {
  const bytes = randomBytes(12);
  let s = '';
  for (const b of bytes) s += DIGITS[b % 36];
  return `${kind}-${s}`;
}
