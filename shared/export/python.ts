// Python source literals from TypeScript values, written so Python reads back exactly the same number or text.

/**
 * A Python float literal that parses to the same double: JavaScript's shortest round-trip digits (which
 * Python's parser reads exactly), with ".0" added to whole numbers so they stay floats, and -0.0 kept.
 */
export function pyFloat(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`cannot write ${x} as a Python float literal`);
  if (Object.is(x, -0)) return '-0.0';
  const text = String(x);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** A Python int literal; throws for non-integers. */
export function pyInt(x: number): string {
  if (!Number.isSafeInteger(x)) throw new RangeError(`cannot write ${x} as a Python int literal`);
  return String(x);
}

/** A double-quoted Python string literal (JSON's escapes are all valid Python escapes). */
export function pyString(text: string): string {
  return JSON.stringify(text);
}

/** Text made safe for one `#` comment line: line breaks and other control characters become spaces. */
export function pyCommentText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, ' ');
}

/** Comment lines of at most `width` characters (longer words stay whole): first line `first`, the rest `rest`. */
export function pyCommentLines(text: string, first = '# ', rest = first, width = 100): string[] {
  const words = pyCommentText(text).split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const w of words) {
    if (!empty && line.length + 1 + w.length > width) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    line += (empty ? '' : ' ') + w;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** A list of ints as Python source: [2, 10, 5, 1]. */
export function pyIntList(xs: readonly number[]): string {
  return `[${xs.map(pyInt).join(', ')}]`;
}

/** UPPER_SNAKE_CASE name of a snake_case parameter, for a module-level constant. */
export function pyConstantName(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}

/** Indents every non-empty line by the given number of spaces. */
export function indent(lines: readonly string[], spaces: number): string[] {
  const pad = ' '.repeat(spaces);
  return lines.map((l) => (l === '' ? l : pad + l));
}
