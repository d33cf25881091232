// A CSV file as the builder's picker sees it before import: its columns, which hold text, how many rows
// miss a value; and the file rewritten without the columns and rows the user leaves out. The engine's
// reader (shared/engine/data/csv.ts) then reads what is left, naming any remaining bad cell.
import Papa from 'papaparse';

/** What the picker shows about a file. */
export interface CsvOverview {
  /** Column names (the header, else x1, x2, …, as the engine names them). */
  names: string[];
  /** Columns of text only (no number in them): they can only be the label or be left out. */
  textColumns: string[];
  /** Data rows with an empty cell. */
  rowsWithMissing: number;
  /** Data rows. */
  rows: number;
  /** The column the engine takes as the label unless told: one named "label" (any case), else the last. */
  defaultLabel: string;
}

/** What to leave out of the file. */
export interface CsvPrepareOptions {
  drop: readonly string[];
  skipMissing: boolean;
}

const isNumber = (c: string) => c !== '' && Number.isFinite(Number(c));

function records(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', '\t', ';', '|'] });
  return parsed.data.map((r) => r.map((c) => c.trim()));
}

function split(text: string): { names: string[]; body: string[][] } {
  const all = records(text);
  const first = all[0] ?? [];
  const hasHeader = first.some((c) => !isNumber(c));
  const names = hasHeader ? first.map((c, j) => c || `column ${j + 1}`) : first.map((_, j) => `x${j + 1}`);
  return { names, body: hasHeader ? all.slice(1) : all };
}

/** Looks at a file's columns and rows. */
export function inspectCsv(text: string): CsvOverview {
  const { names, body } = split(text);
  // a column of words (names, categories) rather than numbers with a typo: a stray text cell is left for the reader to name
  const textColumns = names.filter((_, j) => {
    const cells = body.map((r) => r[j] ?? '').filter((c) => c !== '');
    return cells.length > 0 && cells.every((c) => !isNumber(c));
  });
  const rowsWithMissing = body.filter((r) => r.length < names.length || r.some((c) => c === '')).length;
  const labelled = names.find((n) => n.toLowerCase() === 'label');
  return { names, textColumns, rowsWithMissing, rows: body.length, defaultLabel: labelled ?? names[names.length - 1] ?? '' };
}

/** The file without the dropped columns and, when asked, without rows missing a value (kept columns only). */
export function prepareCsv(text: string, opts: CsvPrepareOptions): string {
  // a file without a header gets one with the engine's own names (x1, x2, …), so nothing is renamed
  const { names, body } = split(text);
  const keep = names.map((n, j) => (opts.drop.includes(n) ? -1 : j)).filter((j) => j >= 0);
  const rows = body
    .map((r) => keep.map((j) => r[j] ?? ''))
    .filter((r) => !opts.skipMissing || r.every((c) => c !== ''));
  return Papa.unparse([keep.map((j) => names[j]), ...rows], { newline: '\n' });
}
