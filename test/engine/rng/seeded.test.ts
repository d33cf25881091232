import { describe, expect, it } from 'vitest';
import { SeededRng } from '../../../shared/engine/rng/seeded';
import { createRng, shuffleInPlace } from '../../../shared/engine/rng';

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

describe('seedrandom stream', () => {
  it('gives the same draws for the same seed', () => {
    const a = new SeededRng(42);
    const b = new SeededRng(42);
    for (let i = 0; i < 100; i++) expect([a.uniform(), a.normal(), a.int(17)]).toEqual([b.uniform(), b.normal(), b.int(17)]);
  });

  it('gives different draws for different seeds', () => {
    expect(new SeededRng(1).uniform()).not.toBe(new SeededRng(2).uniform());
  });

  it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12 (n = 100000, 5 standard errors)', () => {
    const rng = new SeededRng(7);
    const xs = Array.from({ length: 100_000 }, () => rng.uniform());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(Math.abs(mean(xs) - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / xs.length));
    const v = mean(xs.map((x) => (x - 0.5) ** 2));
    expect(Math.abs(v - 1 / 12)).toBeLessThan(5 * Math.sqrt(1 / 180 / xs.length));
  });

  it('draws normals with mean 0, variance 1 and kurtosis 3 (n = 100000, 5 standard errors)', () => {
    const rng = new SeededRng(11);
    const xs = Array.from({ length: 100_000 }, () => rng.normal());
    const n = xs.length;
    expect(Math.abs(mean(xs))).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(mean(xs.map((x) => x * x)) - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    expect(Math.abs(mean(xs.map((x) => x ** 4)) - 3)).toBeLessThan(5 * Math.sqrt(96 / n));
  });

  it('draws every integer of [0, n) about equally often', () => {
    const rng = new SeededRng(3);
    const counts = new Array(6).fill(0);
    for (let i = 0; i < 60_000; i++) counts[rng.int(6)]++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(5 * Math.sqrt(10_000 * (5 / 6)));
  });

  it('restores a saved state mid-pair and continues identically', () => {
    const rng = new SeededRng(5);
    for (let i = 0; i < 101; i++) rng.normal();
    const state = JSON.parse(JSON.stringify(rng.getState()));
    const next = [rng.normal(), rng.uniform(), rng.int(1000), rng.normal()];
    const other = new SeededRng(99);
    other.setState(state);
    expect([other.normal(), other.uniform(), other.int(1000), other.normal()]).toEqual(next);
  });
});

describe('createRng', () => {
  it('creates the stream of the requested kind with its seed', () => {
    expect(createRng('numpy', 3).kind).toBe('numpy');
    expect(createRng('seedrandom', 3).kind).toBe('seedrandom');
    expect(createRng('numpy', 3).seed).toBe(3);
  });

  it('shuffles into a permutation', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i);
    shuffleInPlace(createRng('seedrandom', 1), xs);
    expect([...xs].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(xs).not.toEqual(Array.from({ length: 100 }, (_, i) => i));
  });
});
