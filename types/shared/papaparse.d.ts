// The part of papaparse's API shared/ uses (parse a string, unparse rows), for tsconfig.shared.json: @types/papaparse
// pulls in Node's types (for its stream API), which would let Node globals into shared/ unnoticed. The other
// configs check the same calls against @types/papaparse itself, so this cannot drift from it unseen.

/** One problem papaparse met while parsing. */
export interface ParseError {
  type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
  code: string;
  message: string;
  row?: number;
}

/** What parse returns. */
export interface ParseResult<T> {
  data: T[];
  errors: ParseError[];
}

/** The parse options shared/ passes. */
export interface ParseConfig {
  skipEmptyLines?: boolean | 'greedy';
  delimitersToGuess?: string[];
}

/** The unparse options shared/ passes. */
export interface UnparseConfig {
  newline?: string;
  escapeFormulae?: RegExp | boolean;
}

/** Parses CSV text held in memory. */
export function parse<T>(text: string, config?: ParseConfig): ParseResult<T>;

/** Writes rows (or fields and rows) as CSV text. */
export function unparse(data: unknown[][] | { fields: string[]; data: unknown[][] }, config?: UnparseConfig): string;

declare const Papa: { parse: typeof parse; unparse: typeof unparse };
export default Papa;
