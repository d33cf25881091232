import { describe, expect, it } from 'vitest';
import { calculateGain } from '../../../shared/engine/init/gain';

// torch.nn.init.calculate_gain, printed by PyTorch 2.x.
describe('calculateGain', () => {
  it('gives 1 for linear and sigmoid', () => {
    expect(calculateGain('linear')).toBe(1);
    expect(calculateGain('sigmoid')).toBe(1);
  });

  it('gives 5/3 for tanh', () => {
    expect(calculateGain('tanh')).toBe(1.6666666666666667);
  });

  it('gives √2 for relu', () => {
    expect(calculateGain('relu')).toBe(1.4142135623730951);
  });

  it('gives √(2/(1 + 0.01²)) for leaky_relu with its default slope', () => {
    expect(calculateGain('leaky_relu')).toBe(1.4141428569978354);
  });

  it('gives √(2/(1 + slope²)) for leaky_relu with a given slope', () => {
    expect(calculateGain('leaky_relu', 0.2)).toBe(1.3867504905630728);
  });

  it('gives 3/4 for selu', () => {
    expect(calculateGain('selu')).toBe(0.75);
  });
});
