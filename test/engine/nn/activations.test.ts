import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, ACTIVATION_NAMES, activationParams } from '../../../shared/engine/nn/activations';
import { relErr } from './helpers';

// Points away from the kinks at 0, where the one-sided derivatives differ.
const POINTS = [-3.1, -1.2, -0.4, -0.05, 0.07, 0.3, 1.1, 2.6];

describe.each(ACTIVATION_NAMES)('%s', (name) => {
  it('has a derivative that agrees with finite differences of f within 1e-6 relative', () => {
    const act = ACTIVATIONS[name];
    const p = activationParams(name);
    const h = 1e-6;
    for (const z of POINTS) {
      const fd = (act.f(z + h, p) - act.f(z - h, p)) / (2 * h);
      expect(relErr(fd, act.df(z, act.f(z, p), p))).toBeLessThan(1e-6);
    }
  });
});

describe('activation gains', () => {
  it('equal PyTorch calculate_gain values', () => {
    expect(ACTIVATIONS.linear.gain({})).toBe(1);
    expect(ACTIVATIONS.sigmoid.gain({})).toBe(1);
    expect(ACTIVATIONS.tanh.gain({})).toBe(5 / 3);
    expect(ACTIVATIONS.relu.gain({})).toBe(1.4142135623730951);
    expect(ACTIVATIONS.selu.gain({})).toBe(0.75);
    expect(ACTIVATIONS.leaky_relu.gain(activationParams('leaky_relu'))).toBe(Math.sqrt(2 / (1 + 0.01 ** 2)));
    expect(ACTIVATIONS.leaky_relu.gain({ slope: 0.2 })).toBeCloseTo(1.3867504905630728, 15);
  });
});

describe('ReLU', () => {
  it('takes its mask from the output being positive, as the course does', () => {
    expect(ACTIVATIONS.relu.df(0, 0, {})).toBe(0);
    expect(ACTIVATIONS.relu.df(1e-300, 1e-300, {})).toBe(1);
  });

  it('passes NaN through, as np.maximum does', () => {
    expect(ACTIVATIONS.relu.f(NaN, {})).toBeNaN();
    expect(ACTIVATIONS.relu.f(-Infinity, {})).toBe(0);
  });
});

describe('leaky ReLU', () => {
  it('uses slope 0.01 unless told otherwise', () => {
    expect(ACTIVATIONS.leaky_relu.f(-2, activationParams('leaky_relu'))).toBe(-0.02);
    expect(ACTIVATIONS.leaky_relu.f(-2, activationParams('leaky_relu', { slope: 0.3 }))).toBeCloseTo(-0.6, 15);
  });
});

describe('SELU', () => {
  it('uses the published scale λ = 1.0507… and α = 1.6732…', () => {
    const p = {};
    expect(ACTIVATIONS.selu.f(1, p)).toBe(1.0507009873554805);
    expect(ACTIVATIONS.selu.f(-50, p)).toBeCloseTo(-1.0507009873554805 * 1.6732632423543772, 14);
  });
});
