// Python's repr of a float, so the course's printed lines ("Cost after iteration 0: inf") read as the course prints them.

/** Formats a number as Python's repr(float) does: shortest round-trip digits, `inf`/`nan`, exponent form below 1e-4 and from 1e16. */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // toExponential() without an argument gives the shortest digits that round-trip, as repr does.
  const [mantissa, expText] = x.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const sign = exp < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const s = String(x); // JS writes this range in positional form with the same digits
  return s.includes('.') ? s : `${s}.0`;
}
