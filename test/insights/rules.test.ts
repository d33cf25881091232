import { describe, expect, it } from 'vitest';
import { computeInsights, INSIGHT_KINDS } from '../../shared/insights';
import { checkpoint, geometric, run } from './helpers';

const kinds = (input: Parameters<typeof computeInsights>[0]) => computeInsights(input).map((i) => i.kind);
const find = (input: Parameters<typeof computeInsights>[0], kind: string) => computeInsights(input).find((i) => i.kind === kind);

const flat = geometric(1, 1, 6);

describe('the registry', () => {
  it('holds at least the eight kinds the CLI and the app report', () => {
    for (const k of ['symmetry', 'saturated_outputs', 'infinite_loss', 'exploding_activations', 'vanishing_activations', 'exploding_gradients', 'vanishing_gradients', 'dead_relu']) {
      expect(INSIGHT_KINDS).toContain(k);
    }
  });

  it('gives a healthy run one info finding and nothing else', () => {
    expect(computeInsights(run([checkpoint(0, flat)]))).toMatchObject([{ kind: 'healthy', severity: 'info' }]);
  });
});

describe('vanishing_gradients', () => {
  it('names the start layer, the factor per layer and the iteration, as a problem in a run stuck at chance', () => {
    // dA of layers 1..6 (last hidden first in the backward walk): flat at layers 6 and 5, then ×0.03 per layer.
    const da = [0.03 ** 4, 0.03 ** 3, 0.03 ** 2, 0.03, 1, 1].map((v) => v * 1e-3);
    const i = find(run([checkpoint(0, flat, da, 0.5), checkpoint(100, flat, da, 0.5)]), 'vanishing_gradients');
    expect(i).toMatchObject({ severity: 'problem', layer: 4, iteration: 0 });
    expect(i?.factorPerLayer).toBeCloseTo(0.03, 12);
    expect(i?.measured).toBeCloseTo(0.03 ** 4 * 1e-3, 20);
    expect(i?.detail).toContain('×0.03 per layer back from layer 4');
  });

  it('is info in a run that learned when the fall is within 1e4', () => {
    const da = geometric(1e-3, 0.2, 6).reverse();
    expect(find(run([checkpoint(0, flat, da, 0.95)]), 'vanishing_gradients')?.severity).toBe('info');
  });

  it('is not triggered by a fall within ×100', () => {
    const da = geometric(1e-3, 0.5, 6).reverse(); // ×1/32 overall
    expect(kinds(run([checkpoint(0, flat, da)]))).not.toContain('vanishing_gradients');
  });

  it('counts exact zeros as a complete fall, with the factor from the last non-zero layer', () => {
    const da = [0, 0, 1e-6, 1e-4, 1e-2, 1];
    const i = find(run([checkpoint(0, flat, da, 0.5)]), 'vanishing_gradients');
    expect(i?.measured).toBe(0);
    expect(i?.factorPerLayer).toBeCloseTo(0.01, 12);
  });

  it('falls back to dW when the checkpoints hold no dA (recorded before it existed)', () => {
    const c = checkpoint(0, flat, flat.map(() => NaN), 0.5);
    c.layers.forEach((l, k) => (l.dwStd = 10 ** (k - 10)));
    expect(find(run([c]), 'vanishing_gradients')?.unit).toContain('dW');
  });
});

describe('exploding_gradients', () => {
  it('is triggered when dA grows ×1000 on the way back, and not when it stays flat', () => {
    const da = geometric(1, 0.25, 6); // layer 1 is 4^5 = 1024 × layer 6
    expect(find(run([checkpoint(0, flat, da)]), 'exploding_gradients')).toMatchObject({ layer: 5, iteration: 0 });
    expect(kinds(run([checkpoint(0, flat, flat)]))).not.toContain('exploding_gradients');
  });
});

describe('vanishing_activations', () => {
  it('is triggered at the first checkpoint whose Z std falls below a tenth of layer 1', () => {
    const input = run([checkpoint(0, flat), checkpoint(500, geometric(1, 0.1, 6))]);
    expect(find(input, 'vanishing_activations')).toMatchObject({ iteration: 500, layer: 2 });
  });

  it('is not triggered by a fall to half', () => {
    expect(kinds(run([checkpoint(0, geometric(1, 0.87, 6))]))).not.toContain('vanishing_activations');
  });
});

describe('exploding_activations', () => {
  it('is triggered by a rise beyond ×10 and by a std above 20 at any layer; not by a flat profile', () => {
    expect(kinds(run([checkpoint(0, geometric(1, 2, 6))]))).toContain('exploding_activations');
    expect(kinds(run([checkpoint(0, [25, 25, 25, 25, 25, 25])]))).toContain('exploding_activations');
    expect(kinds(run([checkpoint(0, flat)]))).not.toContain('exploding_activations');
  });

  it('counts a non-finite std as a complete rise', () => {
    expect(find(run([checkpoint(0, [1, 10, Infinity, NaN, NaN, NaN])]), 'exploding_activations')?.measured).toBe(Infinity);
  });
});

describe('symmetry', () => {
  it('is a problem when a hidden layer starts with identical units, and absent otherwise', () => {
    expect(find(run([checkpoint(0, flat, undefined, 0.5, { symmetry: 0 })]), 'symmetry')).toMatchObject({ severity: 'problem', layer: 1 });
    expect(kinds(run([checkpoint(0, flat)]))).not.toContain('symmetry');
  });
});

describe('saturated_outputs', () => {
  it('is a warning in a run that learned and a problem in one stuck at chance; absent below 5%', () => {
    const sat = (acc: number, f: number) => run([checkpoint(0, flat, undefined, acc, {}, { saturatedFraction: f })]);
    expect(find(sat(0.9, 0.4), 'saturated_outputs')?.severity).toBe('warning');
    expect(find(sat(0.5, 0.4), 'saturated_outputs')?.severity).toBe('problem');
    expect(kinds(sat(0.9, 0.01))).not.toContain('saturated_outputs');
  });
});

describe('infinite_loss', () => {
  it('is a warning when the cost becomes finite in a run that learned, a problem when it stays infinite; absent when all costs are finite', () => {
    const costs = (last: number) => [{ iteration: 0, cost: Infinity }, { iteration: 100, cost: last }];
    expect(find(run([checkpoint(0, flat)], { costs: costs(0.3) }), 'infinite_loss')).toMatchObject({ severity: 'warning', iteration: 0, measured: 1 });
    expect(find(run([checkpoint(0, flat)], { costs: costs(Infinity) }), 'infinite_loss')?.severity).toBe('problem');
    expect(kinds(run([checkpoint(0, flat)]))).not.toContain('infinite_loss');
  });
});

describe('dead_relu', () => {
  it('is triggered for a ReLU net with a layer 90% off, and not for tanh or a normal half', () => {
    const dead = [checkpoint(0, flat, undefined, 0.9, { deadFraction: 0.9 })];
    expect(find(run(dead, { activation: 'relu' }), 'dead_relu')).toMatchObject({ layer: 1, measured: 0.9, severity: 'warning' });
    expect(kinds(run(dead, { activation: 'tanh' }))).not.toContain('dead_relu');
    expect(kinds(run([checkpoint(0, flat)], { activation: 'relu' }))).not.toContain('dead_relu');
  });
});

describe('severity order', () => {
  it('lists problems before warnings before info', () => {
    const c = checkpoint(0, geometric(1, 0.1, 6), geometric(1e-3, 10, 6), 0.5, { symmetry: 0 });
    const s = computeInsights(run([c])).map((i) => i.severity);
    expect([...s].sort((a, b) => ['problem', 'warning', 'info'].indexOf(a) - ['problem', 'warning', 'info'].indexOf(b))).toEqual(s);
  });
});
