import { describe, expect, it } from 'vitest';
import { diffConfigs, flattenConfig } from '../../../renderer/src/lib/configDiff';

describe('flattenConfig', () => {
  it('writes nested settings as dotted paths', () => {
    expect(flattenConfig({ optimizer: { lr: 0.01 }, network: { dims: [2, 10, 1] } })).toEqual({ 'optimizer.lr': '0.01', 'network.dims': '[2, 10, 1]' });
  });

  it('summarises long arrays of data rows instead of listing them', () => {
    const flat = flattenConfig({ data: { x: Array.from({ length: 50 }, (_, i) => [i, i]) } });
    expect(flat['data.x']).toMatch(/^50 items \(#[0-9a-f]{8}\)$/);
  });
});

describe('diffConfigs', () => {
  it('keeps only what differs, with every run\'s value', () => {
    const a = { init: { name: 'he' }, optimizer: { lr: 0.01 }, iterations: 100 };
    const b = { init: { name: 'zeros' }, optimizer: { lr: 0.01 }, iterations: 200 };
    expect(diffConfigs([a, b])).toEqual([
      { path: 'init.name', values: ['he', 'zeros'] },
      { path: 'iterations', values: ['100', '200'] },
    ]);
  });

  it('marks a setting one config lacks', () => {
    expect(diffConfigs([{ a: 1 }, {}])).toEqual([{ path: 'a', values: ['1', '—'] }]);
  });

  it('finds nothing to show between identical configs', () => {
    expect(diffConfigs([{ a: 1 }, { a: 1 }])).toEqual([]);
  });
});
