import { describe, expect, it } from 'vitest';
import { settingName } from '../../shared/export';

describe('settingName', () => {
  it('names the settings people change in words', () => {
    expect(['data.kind', 'init.multiplier', 'optimizer.lr', 'network.dims', 'init.name'].map(settingName)).toEqual(['Data set', 'Weight multiplier', 'Learning rate', 'Layer sizes', 'Initializer']);
  });

  it('names an initializer or activation parameter after its owner', () => {
    expect(settingName('init.params.gain')).toBe('Initializer gain');
    expect(settingName('network.params.negativeSlope')).toBe('Activation negative slope');
  });

  it('falls back to the key in words under its parent\'s name for paths it does not know', () => {
    expect(settingName('optimizer.someNewKnob')).toBe('Optimizer: some new knob');
    expect(settingName('record.histograms')).toBe('Record: histograms');
  });
});
