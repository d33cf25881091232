// The one error a data set can fail with: a code for programs and a message for people.

/** Why a data set could not be made. */
export type DataErrorCode =
  | 'empty_file'
  | 'not_csv'
  | 'ragged_rows'
  | 'unknown_column'
  | 'non_numeric'
  | 'bad_label'
  | 'one_class'
  | 'too_few_rows'
  | 'unknown_dataset'
  | 'unknown_parameter'
  | 'bad_value'
  | 'bad_file'
  | 'missing_file'
  | 'changed_file'
  | 'needs_files'
  | 'class_mismatch';

/** A refused data set or file, e.g. { code: 'non_numeric', message: 'row 4, column "x2": "abc" is not a number' }. */
export class DataError extends Error {
  override readonly name = 'DataError';
  constructor(
    readonly code: DataErrorCode,
    message: string,
    /** The setting at fault, when one is (a generator's parameter name). */
    readonly field?: string,
  ) {
    super(message);
  }
}
