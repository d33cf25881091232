import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../shared/insights';
import { checkpoint, run } from './helpers';

// an output layer pinned at certainty from the start: 90% of its values saturated
const saturated = [checkpoint(0, [1, 1], undefined, 0.5, {}, { saturatedFraction: 0.9 })];
const why = (dims: number[]) => computeInsights(run(saturated, { dims })).find((i) => i.kind === 'saturated_outputs')?.why;

describe('saturated outputs under a softmax or a sigmoid', () => {
  it('explains saturation as a softmax certain of one class when the output has K ≥ 2 units', () => {
    expect(why([784, 8, 8, 10])).toMatch(/^A softmax that puts all its probability on one class/);
  });

  it('explains saturation as a sigmoid pinned at 0 or 1 when the output is one unit', () => {
    expect(why([2, 8, 8, 1])).toMatch(/^A sigmoid pinned at 0 or 1/);
  });
});
