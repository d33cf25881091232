import { describe, expect, it } from 'vitest';
import { INITIALIZER_NAMES, initLabelOf, shortInitName } from '../../../shared/engine/init';

describe('initLabelOf', () => {
  it('names the course arms as the course does', () => {
    expect(['zeros', 'random', 'he'].map(initLabelOf)).toEqual(['Zeros', 'Random ×10', 'He']);
  });

  it('turns registry names into words, never snake_case', () => {
    expect(initLabelOf('xavier_normal')).toBe('Xavier normal');
    expect(initLabelOf('he_normal')).toBe('He normal');
    for (const name of INITIALIZER_NAMES) expect(shortInitName(name)).not.toMatch(/_|\(/);
  });

  it('writes the weight multiplier into the label', () => {
    expect(initLabelOf('he:multiplier=2')).toBe('He ×2');
    expect(initLabelOf('xavier_normal:multiplier=0.5')).toBe('Xavier normal ×0.5');
  });

  it('lists non-default parameters and the bias, and leaves defaults out', () => {
    expect(initLabelOf('xavier_normal:gain=2')).toBe('Xavier normal (gain 2)');
    expect(initLabelOf('normal:std=0.01;bias=0.1;multiplier=3')).toBe('Normal (std 0.01, bias 0.1) ×3');
    expect(initLabelOf('xavier_normal:gain=1')).toBe('Xavier normal');
  });

  it('shows a spec that does not parse as written', () => {
    expect(initLabelOf('nonsense:gain=')).toBe('nonsense:gain=');
  });
});
