import { describe, expect, it } from 'vitest';
import { DataError, type DataErrorCode } from '../../../shared/engine/data/errors';
import { readCsvTable } from '../../../shared/engine/data/csv';

function failure(text: string, label?: string): { code: DataErrorCode; message: string } {
  try {
    readCsvTable(text, { label });
  } catch (e) {
    if (e instanceof DataError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('the file was accepted');
}

describe('readCsvTable', () => {
  it('reads numeric features and a last-column label under a header', () => {
    expect(readCsvTable('a,b,y\n1,2,0\n3.5,-4e-1,1\n')).toEqual({
      featureNames: ['a', 'b'],
      labelName: 'y',
      x: [
        [1, 2],
        [3.5, -0.4],
      ],
      y: [0, 1],
      classes: ['0', '1'],
    });
  });

  it('takes a column named label wherever it is', () => {
    const t = readCsvTable('Label,a,b\n1,2,3\n0,4,5\n');
    expect([t.labelName, t.featureNames, t.y]).toEqual(['Label', ['a', 'b'], [1, 0]]);
  });

  it('takes the label column given by name', () => {
    const t = readCsvTable('a,target,b\n1,0,3\n2,1,4\n', { label: 'target' });
    expect([t.featureNames, t.x, t.y]).toEqual([['a', 'b'], [[1, 3], [2, 4]], [0, 1]]);
  });

  it('names the columns x1, x2, … when the file has no header', () => {
    const t = readCsvTable('1,2,0\n3,4,1\n');
    expect([t.featureNames, t.labelName, t.x]).toEqual([['x1', 'x2'], 'x3', [[1, 2], [3, 4]]]);
  });

  it('accepts semicolons, tabs, quotes, CRLF line ends and blank lines', () => {
    expect(readCsvTable('"a";"b";"label"\r\n1;2;0\r\n\r\n3;4;1\r\n').x).toEqual([[1, 2], [3, 4]]);
    expect(readCsvTable('a\tb\tlabel\n1\t2\t0\n3\t4\t1\n').y).toEqual([0, 1]);
  });

  it('refuses an empty file', () => {
    expect(failure('')).toEqual({ code: 'empty_file', message: 'the file is empty' });
    expect(failure(' \n\n').code).toBe('empty_file');
  });

  it('refuses binary data as not a CSV', () => {
    expect(failure('PK\u0003\u0004\u0000\u0000binary').code).toBe('not_csv');
  });

  it('refuses a single-column file as not a CSV data file', () => {
    expect(failure('{"a": 1}\n').message).toBe('not a CSV data file: found 1 column; expected feature columns and a label column');
  });

  it('refuses broken quoting as not a CSV', () => {
    expect(failure('a,b,label\n1,"2,0\n3,4,1\n').code).toBe('not_csv');
  });

  it('refuses a header without data rows', () => {
    expect(failure('a,b,label\n')).toEqual({ code: 'too_few_rows', message: 'the file has a header but no data rows' });
  });

  it('lists the columns when the label column is unknown', () => {
    expect(failure('a,b,y\n1,2,0\n', 'target')).toEqual({ code: 'unknown_column', message: 'no column "target"; columns: a, b, y' });
  });

  it('names the row and column of a non-numeric cell', () => {
    expect(failure('a,b,label\n1,2,0\n3,abc,1\n')).toEqual({ code: 'non_numeric', message: 'row 3, column "b": "abc" is not a number' });
  });

  it('names the row and column of an empty cell', () => {
    expect(failure('a,b,label\n1,,0\n3,4,1\n')).toEqual({ code: 'non_numeric', message: 'row 2, column "b" is empty; expected a number' });
  });

  it('refuses an empty label, with its row', () => {
    expect(failure('a,b,label\n1,2,0\n3,4,\n')).toEqual({ code: 'bad_label', message: 'row 3, label column "label" is empty; expected a class label' });
  });

  it('maps integer labels to classes sorted by value, wherever the label column is', () => {
    const t = readCsvTable('y,a\n10,1\n2,2\n10,3\n-1,4\n', { label: 'y' });
    expect(t.classes).toEqual(['-1', '2', '10']);
    expect(t.y).toEqual([2, 1, 2, 0]);
    expect(t.x).toEqual([[1], [2], [3], [4]]);
  });

  it('maps string labels to classes in sorted order', () => {
    const t = readCsvTable('a,kind,b\n1,setosa,2\n3,virginica,4\n5,versicolor,6\n7,setosa,8\n', { label: 'kind' });
    expect(t.classes).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(t.y).toEqual([0, 2, 1, 0]);
    expect(t.featureNames).toEqual(['a', 'b']);
  });

  it('refuses a file with one class only', () => {
    expect(failure('a,b,label\n1,2,1\n3,4,1\n')).toEqual({
      code: 'one_class',
      message: 'every row has label 1 in column "label"; a classifier needs at least two classes',
    });
  });

  it('refuses ragged rows, naming the row', () => {
    expect(failure('a,b,label\n1,2,0\n3,4\n')).toEqual({ code: 'ragged_rows', message: 'row 3 has 2 cells; expected 3, as in row 1' });
  });
});
