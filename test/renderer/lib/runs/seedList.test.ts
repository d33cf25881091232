import { describe, expect, it } from 'vitest';
import { formatSeedList, parseSeedList } from '../../../../renderer/src/lib/runs/seedList';

describe('parseSeedList', () => {
  it('reads single seeds and inclusive ranges', () => {
    expect(parseSeedList('1-3, 7')).toEqual({ ok: true, seeds: [1, 2, 3, 7] });
  });

  it('refuses a descending range', () => {
    expect(parseSeedList('5-2').ok).toBe(false);
  });

  it('refuses an empty list', () => {
    expect(parseSeedList('  ').ok).toBe(false);
  });
});

describe('formatSeedList', () => {
  it('writes runs of three or more as ranges', () => {
    expect(formatSeedList([7, 1, 2, 3, 9, 10])).toBe('1-3, 7, 9, 10');
  });
});
