import { describe, expect, it } from 'vitest';
import { checkSweepDraft, defaultSweepDraft } from '../../../../renderer/src/lib/sweep/statsSweepDraft';

describe('checkSweepDraft on MNIST', () => {
  it('sizes the net for the digits: 784 inputs and 10 softmax outputs', () => {
    const c = checkSweepDraft({ ...defaultSweepDraft(), dataset: 'mnist', activation: 'tanh' });
    expect(c.errors).toEqual({});
    expect(c.input?.base).toMatchObject({ data: { kind: 'mnist' }, network: { dims: [784, 10, 5, 10], activation: 'tanh' } });
  });

  it('refuses to vary the data seed of the fixed MNIST split', () => {
    expect(checkSweepDraft({ ...defaultSweepDraft(), dataset: 'mnist', varyDataSeed: true }).errors.varyDataSeed).toBe('mnist is a fixed data set with no seed to vary');
  });
});
