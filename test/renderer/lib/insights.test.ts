import { describe, expect, it } from 'vitest';
import type { Checkpoint, LayerStats } from '../../../shared/engine/types';
import { computeInsights } from '../../../renderer/src/lib/insights';

function layer(l: number, over: Partial<LayerStats> = {}): LayerStats {
  return { layer: l, wMean: 0, wStd: 0.5, zMean: 0, zStd: 1, aMean: 0, aStd: 0.6, dwMean: 0, dwStd: 0.01, dzStd: 0.01, daStd: 0.01, deadFraction: 0, saturatedFraction: 0, symmetry: 0.8, ...over };
}
const cp = (iteration: number, layers: LayerStats[]): Checkpoint => ({ iteration, cost: 1, trainAccuracy: 0.5, testAccuracy: 0.5, layers, boundary: null });
// an output layer pinned at certainty from the start: 90% of its values saturated
const saturated = [cp(0, [layer(1), layer(2), layer(3, { saturatedFraction: 0.9 })])];
const infinite = [{ iteration: 0, cost: Infinity }, { iteration: 1, cost: 2 }];

function find(dims: number[], kind: string) {
  return computeInsights({ status: 'done', costs: infinite, checkpoints: saturated, divergedAt: null, activation: 'tanh', dims }).find((i) => i.kind === kind);
}

describe('computeInsights with a softmax or a sigmoid output', () => {
  it('explains saturated outputs as a softmax certain of one class when the output has K ≥ 2 units', () => {
    expect(find([784, 30, 20, 10], 'saturation')?.why).toMatch(/^A softmax that puts all its probability on one class/);
  });

  it('explains saturated outputs as a sigmoid pinned at 0 or 1 when the output is one unit', () => {
    expect(find([2, 30, 20, 1], 'saturation')?.why).toMatch(/^A sigmoid pinned at 0 or 1/);
  });

  it('explains an infinite loss by the true class\'s probability reaching 0 under a softmax', () => {
    expect(find([784, 30, 20, 10], 'infinite_loss')?.why).toContain('a probability of exactly 0 for a sample\'s true class');
    expect(find([2, 30, 20, 1], 'infinite_loss')?.why).toContain('an output of exactly 0 or 1 on a misclassified point');
  });

  it('explains exploding activations through the softmax when the output has K ≥ 2 units', () => {
    const big = [cp(0, [layer(1), layer(2, { zStd: 50 }), layer(3)])];
    const why = (dims: number[]) => computeInsights({ status: 'done', costs: [], checkpoints: big, divergedAt: null, activation: 'tanh', dims }).find((i) => i.kind === 'exploding')?.why;
    expect(why([784, 30, 20, 10])).toMatch(/softmax all but certain/);
    expect(why([2, 30, 20, 1])).toMatch(/output sigmoid/);
  });
});
