import { describe, expect, it } from 'vitest';
import { runLabel } from '../../../renderer/src/lib/runLabels';

const run = { arm: 'random', initSeed: 3, dataSeed: 0 };

describe('runLabel', () => {
  it('gives the course arms their usual names when the run keeps the name the service gave it', () => {
    expect(runLabel({ ...run, name: 'random · seed 3' }, false)).toBe('Random ×10');
  });

  it('adds the seed when an experiment has several', () => {
    expect(runLabel({ ...run, arm: 'he', name: 'he · seed 3' }, true)).toBe('He · seed 3');
  });

  it('keeps a name the user gave', () => {
    expect(runLabel({ ...run, name: 'baseline' }, true)).toBe('baseline');
  });
});
