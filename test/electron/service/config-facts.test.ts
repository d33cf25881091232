import { describe, expect, it } from 'vitest';
import { RunConfigSchema } from '../../../shared/contract/config';
import { initSpecText, runFacts } from '../../../electron/service/config-facts';

describe('initSpecText', () => {
  it('writes the name alone for an initializer as the registry has it', () => {
    expect(initSpecText({ name: 'he', params: {}, bias: 0 })).toBe('he');
  });

  it('writes the parameters, the bias and the weight multiplier that were set', () => {
    expect(initSpecText({ name: 'xavier_normal', params: { gain: 2 }, bias: 0.1, multiplier: 0.5 })).toBe('xavier_normal:gain=2;bias=0.1;multiplier=0.5');
  });
});

describe('runFacts', () => {
  it('lists a multiplied run under its spec with the multiplier and under its initializer name', () => {
    const facts = runFacts(RunConfigSchema.parse({ init: { name: 'he_normal', multiplier: 4 } }));
    expect([facts.init, facts.initName]).toEqual(['he_normal:multiplier=4', 'he_normal']);
  });
});
