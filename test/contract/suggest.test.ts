import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../shared/contract/suggest';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('iteratons', 'iterations')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('itreations', 'iterations')).toBe(1);
  });
});

describe('suggest', () => {
  const keys = ['version', 'data', 'network', 'init', 'initSeed', 'rng', 'optimizer', 'iterations', 'loss', 'record'];

  it('finds the accepted key a typo was meant to be', () => {
    expect(suggest('iteratons', keys)).toBe('iterations');
    expect(suggest('optimiser', keys)).toBe('optimizer');
    expect(suggest('InitSeed', keys)).toBe('initSeed');
  });

  it('suggests nothing for a word far from every accepted one', () => {
    expect(suggest('momentum', keys)).toBeNull();
    expect(suggest('lr', keys)).toBeNull();
  });
});
