import { describe, expect, it } from 'vitest';
import { AI_NOTES_MNIST_EXPERIMENT } from '../../shared/contract/ai-notes-preset';
import { expandExperiment } from '../../shared/contract/config';
import { initializeParams, initSpecOf } from '../../shared/engine/init';
import { createRng } from '../../shared/engine/rng';

const arm = (label: string) => AI_NOTES_MNIST_EXPERIMENT.arms.find((a) => a.label === label)!;
// weights of a smaller net with the same fan-ins (784 then 300), to check each arm's spread quickly
function weights(label: string): Float64Array[] {
  return initializeParams([784, 300, 300, 10], 'tanh', initSpecOf(arm(label).init), createRng('numpy', 1)).W;
}
const std = (w: Float64Array) => Math.sqrt(w.reduce((s, v) => s + v * v, 0) / w.length);

describe('the AI Notes MNIST preset', () => {
  it('trains 784-300-300-300-300-10 tanh on the built-in digits with SGD at lr 0.1 in batches of 100', () => {
    const b = AI_NOTES_MNIST_EXPERIMENT.base;
    expect(b.data).toEqual({ kind: 'mnist' });
    expect(b.network).toMatchObject({ dims: [784, 300, 300, 300, 300, 10], activation: 'tanh' });
    expect(b.optimizer).toMatchObject({ name: 'sgd', lr: 0.1, batchSize: 100 });
  });

  it('has the article\'s four starts as arms, one run each', () => {
    expect(AI_NOTES_MNIST_EXPERIMENT.arms.map((a) => a.label)).toEqual(['Zero', 'Uniform U[±1/√n]', 'Xavier N(0, 1/n)', 'Standard normal N(0, 1)']);
    expect(expandExperiment(AI_NOTES_MNIST_EXPERIMENT)).toHaveLength(4);
  });

  it('draws the uniform arm within ±1/√n of each layer\'s fan-in, reaching within 0.1% of the bound', () => {
    const W = weights('Uniform U[±1/√n]');
    for (const [l, n] of [[0, 784], [1, 300]] as const) {
      const max = W[l].reduce((m, v) => Math.max(m, Math.abs(v)), 0);
      expect(max).toBeLessThanOrEqual(1 / Math.sqrt(n));
      expect(max).toBeGreaterThan(0.999 / Math.sqrt(n));
    }
  });

  it('draws the Xavier arm with std 1/√n and the standard normal arm with std 1 (within 1% over 235,200 draws)', () => {
    expect(Math.abs(std(weights('Xavier N(0, 1/n)')[0]) * Math.sqrt(784) - 1)).toBeLessThan(0.01);
    expect(Math.abs(std(weights('Standard normal N(0, 1)')[0]) - 1)).toBeLessThan(0.01);
  });

  it('starts the zero arm at exactly 0', () => {
    expect(weights('Zero').every((w) => w.every((v) => v === 0))).toBe(true);
  });
});
