import { describe, expect, it } from 'vitest';
import { LOSSES } from '../../../shared/engine/nn/loss';

const scratch = new Float64Array(16);
const sig = (z: number) => 1 / (1 + Math.exp(-z));

function cost(name: 'course' | 'stable', z: number[], y: number[]): number {
  const Z = Float64Array.from(z);
  return LOSSES[name].cost(Z, Z.map(sig), Float64Array.from(y), z.length, scratch);
}

describe('course loss', () => {
  it('is ln 2 when every probability is 1/2', () => {
    expect(cost('course', [0, 0, 0, 0], [0, 1, 1, 0])).toBe(0.6931471805599453);
  });

  it('is infinite when a wrong prediction is saturated', () => {
    expect(cost('course', [40, 0], [0, 1])).toBe(Infinity);
  });

  it('skips the NaN of a saturated right prediction (nansum) but still divides by m', () => {
    // z = 40: a = 1 exactly, so (1−y)·log(1−a) = 0·(−∞) = NaN, which nansum drops.
    expect(cost('course', [40, 0], [1, 1])).toBe(0.5 * Math.log(2));
  });
});

describe('stable loss', () => {
  it('agrees with the course loss where probabilities are not saturated (1e-14 relative)', () => {
    const z = [-3, -0.5, 0.2, 1.7, 4];
    const y = [0, 1, 1, 0, 1];
    expect(Math.abs(cost('stable', z, y) / cost('course', z, y) - 1)).toBeLessThan(1e-14);
  });

  it('stays finite where the course loss is infinite', () => {
    expect(cost('stable', [40, 0], [0, 1])).toBeCloseTo((40 + Math.log(2)) / 2, 12);
  });
});
