// Unknown keys in run and experiment configs, sweep specs and bundles are refused with the key named and the
// nearest accepted key suggested, never dropped.
import { describe, expect, it } from 'vitest';
import { parseExperimentConfig, parseRunConfig } from '../../shared/contract/config';
import { parseSweepSpec } from '../../shared/contract/sweep';

describe('strict configs', () => {
  it('refuses a misspelt iterations in an experiment base, suggesting iterations', () => {
    const r = parseExperimentConfig({ base: { iteratons: 10 }, arms: [{ init: { name: 'he_normal' } }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toBe('base.iteratons: unknown key; did you mean iterations?');
    expect(r.error.issues?.[0]).toMatchObject({ path: ['base', 'iteratons'], code: 'unrecognized_keys', key: 'iteratons', suggestion: 'iterations' });
  });

  it('refuses misspelt activation, batch size and multiplier in a run config', () => {
    const message = (raw: unknown) => {
      const r = parseRunConfig(raw);
      return r.ok ? 'ok' : r.error.message;
    };
    expect(message({ network: { dims: [2, 3, 1], activaton: 'tanh' } })).toBe('network.activaton: unknown key; did you mean activation?');
    expect(message({ optimizer: { name: 'sgd', batch_size: 10 } })).toBe('optimizer.batch_size: unknown key; did you mean batchSize?');
    expect(message({ init: { name: 'he_normal', multipler: 2 } })).toBe('init.multipler: unknown key; did you mean multiplier?');
  });

  it('still accepts every config it writes itself', () => {
    const r = parseRunConfig({});
    expect(r.ok).toBe(true);
    if (r.ok) expect(parseRunConfig(JSON.parse(JSON.stringify(r.value))).ok).toBe(true);
  });

  it('refuses an unknown key in a sweep spec', () => {
    const r = parseSweepSpec({ base: {}, scales: [1], seeds: [1], varyDataSeeds: true });
    expect(r.ok).toBe(false);
  });
});
