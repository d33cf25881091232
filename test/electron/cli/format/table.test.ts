import { describe, expect, it } from 'vitest';
import { textTable } from '../../../../electron/cli/format/table';

describe('textTable', () => {
  it('pads text columns left-aligned and numeric columns right-aligned under a rule', () => {
    const t = textTable(['init', 'cost'], [['he', '0.07'], ['zeros', '0.6931']]);
    expect(t.split('\n')).toEqual(['init     cost', '-----  ------', 'he       0.07', 'zeros  0.6931']);
  });
});
