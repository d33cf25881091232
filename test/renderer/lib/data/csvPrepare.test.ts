import { describe, expect, it } from 'vitest';
import { inspectCsv, prepareCsv } from '../../../../renderer/src/lib/data/csvPrepare';
import { csvDataConfig } from '../../../../shared/engine/data/load';

const file = ['y,f1,name,f2', '1,0.5,a,2', '0,-0.52,b,', '1,0.1,c,3', '0,0.3,d,1'].join('\n');

describe('inspectCsv', () => {
  it('lists the columns, the text ones, the rows missing a value and the label the engine would take', () => {
    expect(inspectCsv(file)).toEqual({ names: ['y', 'f1', 'name', 'f2'], textColumns: ['name'], rowsWithMissing: 1, rows: 4, defaultLabel: 'f2' });
  });
});

describe('prepareCsv', () => {
  it('drops the chosen columns and skips rows missing a value, so a label in the first column imports', () => {
    const text = prepareCsv(file, { drop: ['name'], skipMissing: true });
    const csv = csvDataConfig(text, { label: 'y' });
    expect(csv.featureNames).toEqual(['f1', 'f2']);
    expect(csv.x).toEqual([[0.5, 2], [0.1, 3], [0.3, 1]]);
    expect(csv.y).toEqual([1, 1, 0]);
  });

  it('keeps rows with a missing value when not asked to skip them, so the engine names the empty cell', () => {
    expect(() => csvDataConfig(prepareCsv(file, { drop: ['name'], skipMissing: false }), { label: 'y' })).toThrow(/row 3, column "f2" is empty/);
  });
});
