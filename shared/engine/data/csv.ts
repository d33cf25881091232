// Reading a CSV file into numeric feature columns and a class label, with one clear error for a bad file.
import Papa from 'papaparse';
import { DataError } from './errors';

/** A CSV's numbers: one row per sample, one value per feature, and each row's class index into `classes`. */
export interface CsvTable {
  featureNames: string[];
  labelName: string;
  x: number[][];
  y: number[];
  /** The distinct labels as written, sorted (numerically when every label is a number, else as text). */
  classes: string[];
}

/** Options of readCsvTable. */
export interface ReadCsvOptions {
  /** The label column's name; default: a column named "label" (any case), else the last column. */
  label?: string;
  /** Accept a file whose rows are all of one class (a test file: its classes are the training file's). */
  oneClassOk?: boolean;
}

/**
 * Parses CSV text (comma, tab, semicolon or bar separated). A first row with any non-numeric cell is the header;
 * without one, columns are named x1, x2, …. Throws DataError naming the row and column at fault.
 */
export function readCsvTable(text: string, opts: ReadCsvOptions = {}): CsvTable {
  if (text.trim() === '') throw new DataError('empty_file', 'the file is empty');
  if (text.includes('\u0000')) throw new DataError('not_csv', 'not a CSV file: it contains binary data');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';', '|'] });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    throw new DataError('not_csv', `not a CSV file: row ${(quoteError.row ?? 0) + 1}: ${quoteError.message.toLowerCase()}`);
  }

  // Row numbers count every record from 1 (the header included), so they match the file's lines.
  const records = parsed.data
    .map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  const first = records[0];
  const nCols = first.cells.length;
  if (nCols < 2) {
    throw new DataError('not_csv', `not a CSV data file: found 1 column; expected feature columns and a label column`);
  }
  const hasHeader = first.cells.some((c) => !isNumber(c));
  const names = hasHeader ? first.cells.map((c, j) => c || `column ${j + 1}`) : first.cells.map((_, j) => `x${j + 1}`);
  const body = hasHeader ? records.slice(1) : records;
  if (body.length === 0) throw new DataError('too_few_rows', 'the file has a header but no data rows');

  const labelCol = findLabelColumn(names, opts.label);
  const labelName = names[labelCol];
  const featureCols = names.map((_, j) => j).filter((j) => j !== labelCol);
  const x: number[][] = [];
  const labels: string[] = [];
  for (const { row, cells } of body) {
    if (cells.length !== nCols) {
      throw new DataError('ragged_rows', `row ${row} has ${cells.length} cells; expected ${nCols}, as in row ${first.row}`);
    }
    x.push(
      featureCols.map((j) => {
        const cell = cells[j];
        if (cell === '') throw new DataError('non_numeric', `row ${row}, column "${names[j]}" is empty; expected a number`);
        if (!isNumber(cell)) throw new DataError('non_numeric', `row ${row}, column "${names[j]}": "${cell}" is not a number`);
        return Number(cell);
      }),
    );
    const label = cells[labelCol];
    if (label === '') throw new DataError('bad_label', `row ${row}, label column "${labelName}" is empty; expected a class label`);
    labels.push(label);
  }
  const classes = sortedClasses(labels);
  if (classes.length < 2 && !opts.oneClassOk) {
    throw new DataError('one_class', `every row has label ${labels[0]} in column "${labelName}"; a classifier needs at least two classes`);
  }
  const y = classIndices(labels, classes);
  return { featureNames: featureCols.map((j) => names[j]), labelName, x, y, classes };
}

/** A label's class name: numbers are written canonically ("1.0" and "1" are one class), text as it is. */
function className(label: string): string {
  return isNumber(label) ? String(Number(label)) : label;
}

/** The distinct class names of labels, sorted numerically when all are numbers, else by code point. */
export function sortedClasses(labels: readonly string[]): string[] {
  const names = [...new Set(labels.map(className))];
  const numeric = names.every(isNumber);
  return names.sort((a, b) => (numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0));
}

/** Each label's index into classes (which must hold every label's class name). */
export function classIndices(labels: readonly string[], classes: readonly string[]): number[] {
  const index = new Map(classes.map((c, i) => [c, i]));
  return labels.map((l) => index.get(className(l)) ?? -1);
}

function findLabelColumn(names: string[], wanted: string | undefined): number {
  if (wanted !== undefined) {
    const exact = names.indexOf(wanted.trim());
    const loose = names.findIndex((n) => n.toLowerCase() === wanted.trim().toLowerCase());
    const j = exact >= 0 ? exact : loose;
    if (j < 0) throw new DataError('unknown_column', `no column "${wanted}"; columns: ${names.join(', ')}`);
    return j;
  }
  const named = names.findIndex((n) => n.toLowerCase() === 'label');
  return named >= 0 ? named : names.length - 1;
}

function isNumber(cell: string): boolean {
  return cell !== '' && Number.isFinite(Number(cell));
}
