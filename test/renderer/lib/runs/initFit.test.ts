import { describe, expect, it } from 'vitest';
import { initFitNote } from '../../../../renderer/src/lib/runs/initFit';

describe('initFitNote', () => {
  it('says He assumes ReLU units on a tanh net, with the gains and how far from a scale-keeping start it is', () => {
    expect(initFitNote('he_normal', 'tanh')).toBe(
      "He's formula assumes ReLU units (gain 1.41); this network's hidden units are tanh, whose gain is 1.67, so its weights start 0.849× smaller than a scale-keeping start.",
    );
  });

  it('says nothing where the initializer fits the activation', () => {
    expect(initFitNote('he', 'relu')).toBeNull();
    expect(initFitNote('xavier_normal', 'tanh')).toBeNull();
    expect(initFitNote('normal', 'tanh')).toBeNull();
  });

  it('says Xavier assumes tanh or linear units on a ReLU net', () => {
    expect(initFitNote('xavier_uniform', 'relu')).toMatch(/^Xavier's formula assumes tanh or linear units \(gain 1\); .* relu, whose gain is 1\.41, so its weights start 0\.707× smaller/);
  });
});
