import { describe, expect, it } from 'vitest';
import { armTitle, runLabel } from '../../../../renderer/src/lib/runs/runLabels';

const run = { arm: 'random', init: 'random', initSeed: 3, dataSeed: 0 };

describe('runLabel', () => {
  it('gives the course arms their usual names when the run keeps the name the service gave it', () => {
    expect(runLabel({ ...run, name: 'random · seed 3' }, false)).toBe('Random ×10');
  });

  it('adds the seed when an experiment has several', () => {
    expect(runLabel({ ...run, arm: 'he', init: 'he', name: 'he · seed 3' }, true)).toBe('He · seed 3');
  });

  it('reads a name the service gave with the arm label ("He ×2 · seed 3") as the default name too', () => {
    expect(runLabel({ ...run, arm: 'he', init: 'he:multiplier=2', name: 'He ×2 · seed 3' }, false)).toBe('He ×2');
  });

  it('keeps a name the user gave', () => {
    expect(runLabel({ ...run, name: 'baseline' }, true)).toBe('baseline');
  });
});

describe('armTitle', () => {
  it('names an arm from its initializer spec, multiplier included, when nobody labelled it', () => {
    expect(armTitle({ arm: 'he', init: 'he:multiplier=2' })).toBe('He ×2');
    expect(armTitle({ arm: 'xavier_normal', init: 'xavier_normal' })).toBe('Xavier normal');
    expect(armTitle({ arm: '×0.5', init: 'he_normal:multiplier=0.5' })).toBe('He normal ×0.5');
  });

  it('keeps a label a person wrote', () => {
    expect(armTitle({ arm: 'my baseline', init: 'he' })).toBe('my baseline');
  });
});
