import { describe, expect, it } from 'vitest';
import { initializeParams } from '../../shared/engine/init/initialize';
import { INITIALIZER_NAMES, INITIALIZERS, type InitializerName } from '../../shared/engine/init/registry';
import { createRng } from '../../shared/engine/rng';
import { weightVariance, weightVariances } from '../../shared/stats/init-variance';

// Mean of W² over a 400 × 300 draw: for normal weights its relative sd is √(2/120 000) ≈ 0.4%,
// so 3% is over 5 sd for every distribution here (sparse's zeros and uniform's bounds spread less).
const ROWS = 400;
const COLS = 300;
const TOLERANCE = 0.03;

function drawnSecondMoment(name: InitializerName): number {
  const w = INITIALIZERS[name].sample({
    rows: ROWS,
    cols: COLS,
    fanIn: COLS,
    fanOut: ROWS,
    rng: createRng('seedrandom', 17),
    params: {},
    activation: 'relu',
    layer: 1,
  });
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i] * w[i];
  return s / w.length;
}

describe('weightVariance', () => {
  const predicted = INITIALIZER_NAMES.filter((name) => weightVariance(name, {}, COLS, ROWS) !== null);

  it.each(predicted)("agrees with the mean square of the registry's own %s draw within 3%", (name) => {
    const v = weightVariance(name, {}, COLS, ROWS)!;
    const drawn = drawnSecondMoment(name);
    if (v === 0) expect(drawn).toBe(0);
    else expect(Math.abs(drawn / v - 1)).toBeLessThan(TOLERANCE);
  });

  it('covers every registry entry except identity, lsuv and the non-zero-mean constant', () => {
    expect(INITIALIZER_NAMES.filter((n) => !predicted.includes(n)).sort()).toEqual(['constant', 'identity', 'lsuv']);
  });

  it('gives the textbook formulas for the course network [2, 10, 5, 1]', () => {
    expect(weightVariances([2, 10, 5, 1], 'he')).toEqual([1, 0.2, 0.4]);
    expect(weightVariances([2, 10, 5, 1], 'random')).toEqual([100, 100, 100]);
    expect(weightVariances([2, 10, 5, 1], 'zeros')).toEqual([0, 0, 0]);
    expect(weightVariances([2, 10, 5, 1], 'xavier_normal')).toEqual([2 / 12, 2 / 15, 2 / 6]);
    expect(weightVariances([2, 10, 5, 1], 'he_normal:mode=fan_out')).toEqual([0.2, 0.4, 2]);
  });

  it('is null where weights have a non-zero mean', () => {
    expect(weightVariance('normal', { mean: 0.1 }, 10, 10)).toBeNull();
    expect(weightVariance('uniform', { low: 0, high: 1 }, 10, 10)).toBeNull();
    expect(weightVariance('constant', { value: 0.5 }, 10, 10)).toBeNull();
    expect(weightVariance('constant', { value: 0 }, 10, 10)).toBe(0);
  });

  it("follows non-default parameters: xavier's gain, he's slope, sparse's sparsity", () => {
    expect(weightVariance('xavier_uniform', { gain: 5 / 3 }, 100, 50)).toBeCloseTo(((25 / 9) * 2) / 150, 15);
    expect(weightVariance('he_uniform', { negative_slope: 1 }, 100, 50)).toBeCloseTo(0.01, 15);
    expect(weightVariance('sparse', { sparsity: 0.5, std: 1 }, 100, 7)).toBeCloseTo(3 / 7, 15);
  });
});

describe('weightVariances with a weight multiplier', () => {
  it('multiplies every layer\'s variance by the multiplier squared', () => {
    expect(weightVariances([2, 10, 5, 1], 'he:multiplier=2')).toEqual([4, 0.8, 1.6]);
    expect(weightVariances([2, 10, 5, 1], 'lecun_uniform:multiplier=0.5')).toEqual([1 / 8, 1 / 40, 1 / 20]);
  });

  it('stays null where the formula does not apply', () => {
    expect(weightVariances([2, 3, 1], 'normal:mean=0.1;multiplier=3')).toEqual([null, null]);
  });

  it("agrees with the mean square of the engine's multiplied draw within 3%", () => {
    const p = initializeParams([COLS, ROWS, 1], 'relu', 'he_normal:multiplier=3', createRng('seedrandom', 17));
    let s = 0;
    for (const w of p.W[0]) s += w * w;
    const v = weightVariances([COLS, ROWS, 1], 'he_normal:multiplier=3')[0]!;
    expect(Math.abs(s / p.W[0].length / v - 1)).toBeLessThan(TOLERANCE);
  });
});
