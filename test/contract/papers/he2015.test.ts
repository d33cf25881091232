import { describe, expect, it } from 'vitest';
import { HE_2015_EXPERIMENT, reproducedHe2015 } from '../../../shared/contract/papers/he2015';
import { run } from './helpers';

const stalled = run('Xavier', { trainAccuracy: 0.765, finalCost: 0.691, costs: [{ iteration: 0, cost: 0.693 }] });
const learned = run('He', { trainAccuracy: 1, finalCost: 0.11, costs: [{ iteration: 0, cost: 0.71 }] });

describe('He et al. 2015 check', () => {
  it('trains 30 ReLU layers from Xavier and from He', () => {
    expect(HE_2015_EXPERIMENT.base.network.dims).toHaveLength(32);
    expect(HE_2015_EXPERIMENT.base.network.activation).toBe('relu');
    expect(HE_2015_EXPERIMENT.arms.map((a) => [a.label, a.init.name])).toEqual([['Xavier', 'xavier_normal'], ['He', 'he_normal']]);
  });

  it('says reproduced when Xavier\'s cost barely moves and He reaches 90%', () => {
    const v = reproducedHe2015([stalled, learned]);
    expect(v.verdict).toBe('reproduced');
    expect(v.why).toContain('He reached 100.0% train accuracy');
  });

  it('says not reproduced when Xavier learns too', () => {
    const v = reproducedHe2015([run('Xavier', { trainAccuracy: 0.95, finalCost: 0.2, costs: [{ iteration: 0, cost: 0.69 }] }), learned]);
    expect(v).toMatchObject({ verdict: 'not_reproduced', why: expect.stringContaining('Xavier did not stall') });
  });

  it('says not reproduced when He does not learn', () => {
    expect(reproducedHe2015([stalled, run('He', { trainAccuracy: 0.6 })]).verdict).toBe('not_reproduced');
  });

  it('is pending while a run trains', () => {
    expect(reproducedHe2015([stalled, { ...learned, status: 'running' }]).verdict).toBe('pending');
  });

  it('is pending without a finished He run', () => {
    expect(reproducedHe2015([stalled, { ...learned, status: 'failed' }]).verdict).toBe('pending');
  });
});
