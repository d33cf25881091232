// The insight texts name the output the network has: a softmax over K ≥ 2 units or one sigmoid unit.
import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../shared/insights';
import { checkpoint, run } from './helpers';

// an output layer pinned at certainty from the start (90% of its values saturated) and an infinite first cost
const saturated = [checkpoint(0, [1, 1], undefined, 0.9, {}, { saturatedFraction: 0.9 })];
const infinite = [{ iteration: 0, cost: Infinity }, { iteration: 1, cost: 2 }];

function why(dims: number[], kind: string, checkpoints = saturated): string | undefined {
  return computeInsights(run(checkpoints, { costs: infinite, dims })).find((i) => i.kind === kind)?.why;
}

describe('insight wording by output layer', () => {
  it('explains saturated outputs as a softmax certain of one class when the output has K ≥ 2 units', () => {
    expect(why([784, 30, 20, 10], 'saturated_outputs')).toMatch(/^A softmax that puts all its probability on one class/);
  });

  it('explains saturated outputs as a sigmoid pinned at 0 or 1 when the output is one unit', () => {
    expect(why([2, 30, 20, 1], 'saturated_outputs')).toMatch(/^A sigmoid pinned at 0 or 1/);
  });

  it("explains an infinite loss by the true class's probability reaching 0 under a softmax", () => {
    expect(why([784, 30, 20, 10], 'infinite_loss')).toContain("a probability of exactly 0 for a sample's true class");
    expect(why([2, 30, 20, 1], 'infinite_loss')).toContain('an output of exactly 0 or 1 on a misclassified point');
  });

  it('explains exploding activations through the softmax when the output has K ≥ 2 units', () => {
    const big = [checkpoint(0, [1, 50])];
    expect(why([784, 30, 20, 10], 'exploding_activations', big)).toMatch(/softmax all but certain/);
    expect(why([2, 30, 20, 1], 'exploding_activations', big)).toMatch(/output to exactly 0 or 1/);
  });
});

describe('chance accuracy by output layer', () => {
  it('judges a 10-class softmax run at 30% as learning (chance is 10%), where a two-class run at 52% stalled at chance', () => {
    const severityOf = (dims: number[], accuracy: number) =>
      computeInsights(run([checkpoint(0, [1, 1], undefined, accuracy, {}, { saturatedFraction: 0.9 })], { dims })).find((i) => i.kind === 'saturated_outputs')?.severity;
    expect(severityOf([784, 30, 20, 10], 0.3)).not.toBe('problem');
    expect(severityOf([2, 30, 20, 1], 0.52)).toBe('problem');
  });
});
