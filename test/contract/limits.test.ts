import { describe, expect, it } from 'vitest';
import { COURSE_PRESET, parseRunConfig, type RunConfig } from '../../shared/contract/config';
import { estimateRunBytes, MEMORY_BUDGET_BYTES, parameterCount, runLimitIssues } from '../../shared/contract/limits';

function config(patch: Record<string, unknown>): RunConfig {
  const r = parseRunConfig({ ...COURSE_PRESET, ...patch });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const paths = (c: RunConfig) => runLimitIssues(c).map((i) => [i.path.join('.'), i.message]);

describe('run limits', () => {
  it('lets the course preset through with room to spare', () => {
    expect(runLimitIssues(config({}))).toEqual([]);
    expect(estimateRunBytes(config({}))).toBeLessThan(MEMORY_BUDGET_BYTES / 100);
  });

  it('refuses 1e9 iterations naming the field and the limit', () => {
    expect(paths(config({ iterations: 1e9 }))).toEqual([['iterations', 'iterations 1,000,000,000 is over the limit of 10,000,000']]);
  });

  it('refuses a layer of a billion units naming its index', () => {
    const c = config({ network: { dims: [2, 1_000_000_000, 1], activation: 'relu' } });
    expect(paths(c)[0]).toEqual(['network.dims.1', 'layer 1 width 1,000,000,000 is over the limit of 65,536']);
  });

  it('refuses two layers of 100,000 units by their parameter count', () => {
    const c = config({ network: { dims: [2, 100_000, 100_000, 1], activation: 'relu' } });
    expect(parameterCount(c.network.dims)).toBe(2 * 100_000 + 100_000 + 100_000 * 100_000 + 100_000 + 100_000 + 1);
    expect(paths(c).map(([p, m]) => [p, m.split(' is ')[0]])).toEqual([
      ['network.dims.1', 'layer 1 width 100,000'],
      ['network.dims.2', 'layer 2 width 100,000'],
      ['network.dims', 'parameter count 10,000,500,001'],
    ]);
  });

  it('refuses 100 million training samples', () => {
    const c = config({ data: { kind: 'circles', nTrain: 100_000_000, nTest: 0 } });
    expect(paths(c)).toEqual([['data', 'samples (train + test) 100,000,000 is over the limit of 2,000,000']]);
  });

  it('refuses a run whose estimated memory is over the budget, saying how much it would need', () => {
    const c = config({ data: { kind: 'circles', nTrain: 1_000_000, nTest: 0 }, network: { dims: [2, 4096, 4096, 1], activation: 'relu' } });
    const [issue] = runLimitIssues(c);
    expect(issue.path).toEqual(['network', 'dims']);
    expect(issue.received).toBe(estimateRunBytes(c));
    expect(issue.message).toMatch(/^the run would need about \d+ MiB of memory, over the budget of 1024 MiB/);
  });
});
