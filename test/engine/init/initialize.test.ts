import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { initializeParams } from '../../../shared/engine/init/initialize';
import { INITIALIZERS, INITIALIZER_NAMES } from '../../../shared/engine/init/registry';
import { parseInitSpec } from '../../../shared/engine/init/spec';
import type { InitContext } from '../../../shared/engine/init/types';
import { createRng } from '../../../shared/engine/rng';
import type { Params } from '../../../shared/engine/types';
import { testRng } from './helpers';

describe('initializeParams', () => {
  it('shapes W[l] as dims[l+1] × dims[l] and b[l] as dims[l+1]', () => {
    const p = initializeParams([2, 10, 5, 1], 'relu', 'he', testRng(1));
    expect(p.dims).toEqual([2, 10, 5, 1]);
    expect(p.W.map((w) => w.length)).toEqual([20, 50, 5]);
    expect(p.b.map((b) => b.length)).toEqual([10, 5, 1]);
  });

  it('draws the layers in order from one stream, biases drawing nothing', () => {
    const p = initializeParams([3, 2, 1], 'relu', 'random', testRng(3));
    const r = testRng(3);
    expect([...p.W[0], ...p.W[1]]).toEqual(Array.from({ length: 8 }, () => r.normal() * 10));
  });

  it('sets every bias to the spec constant, 0 by default', () => {
    expect(initializeParams([2, 3, 1], 'relu', 'he', testRng(1)).b.flatMap((b) => Array.from(b))).toEqual([0, 0, 0, 0]);
    expect(initializeParams([2, 3, 1], 'relu', 'he:bias=0.1', testRng(1)).b.flatMap((b) => Array.from(b))).toEqual([0.1, 0.1, 0.1, 0.1]);
  });

  it('accepts a resolved spec as well as its text', () => {
    const fromText = initializeParams([2, 3, 1], 'tanh', 'xavier_normal:gain=2', testRng(6));
    const fromSpec = initializeParams([2, 3, 1], 'tanh', parseInitSpec('xavier_normal:gain=2'), testRng(6));
    expect(fromSpec).toEqual(fromText);
  });

  it('tells each layer its fans, its 1-based number and its activation (the output layer sigmoid)', () => {
    const seen: Omit<InitContext, 'rng' | 'params'>[] = [];
    const original = INITIALIZERS.zeros.sample;
    INITIALIZERS.zeros.sample = ({ rng: _rng, params: _params, ...rest }) => {
      seen.push(rest);
      return new Float64Array(rest.rows * rest.cols);
    };
    try {
      initializeParams([2, 4, 1], 'tanh', 'zeros', testRng(1));
    } finally {
      INITIALIZERS.zeros.sample = original;
    }
    expect(seen).toEqual([
      { rows: 4, cols: 2, fanIn: 2, fanOut: 4, activation: 'tanh', layer: 1 },
      { rows: 1, cols: 4, fanIn: 4, fanOut: 1, activation: 'sigmoid', layer: 2 },
    ]);
  });

  it('multiplies every weight of every initializer by a power-of-two multiplier exactly, leaving the biases', () => {
    for (const name of INITIALIZER_NAMES.filter((n) => !INITIALIZERS[n].dataDependent)) {
      const plain = initializeParams([3, 6, 4, 1], 'tanh', `${name}:bias=0.25`, createRng('numpy', 9));
      const times4 = initializeParams([3, 6, 4, 1], 'tanh', `${name}:bias=0.25;multiplier=4`, createRng('numpy', 9));
      const quarter = initializeParams([3, 6, 4, 1], 'tanh', `${name}:bias=0.25;multiplier=0.25`, createRng('numpy', 9));
      // toEqual compares with Object.is: every bit; a power of two scales a double without rounding.
      expect(times4.W.map((w) => Array.from(w)), name).toEqual(plain.W.map((w) => Array.from(w, (v) => v * 4)));
      expect(quarter.W.map((w) => Array.from(w)), name).toEqual(plain.W.map((w) => Array.from(w, (v) => v / 4)));
      expect(times4.b, name).toEqual(plain.b);
    }
  });

  it('multiplies after the draw, one rounding per weight, as numpy\'s W * m', () => {
    const plain = initializeParams([2, 5, 1], 'relu', 'he_normal', testRng(4));
    const scaled = initializeParams([2, 5, 1], 'relu', 'he_normal:multiplier=0.3', testRng(4));
    expect(scaled.W.map((w) => Array.from(w))).toEqual(plain.W.map((w) => Array.from(w, (v) => v * 0.3)));
  });

  it('draws the same numbers whatever the multiplier, so the stream after the weights is the same', () => {
    const a = testRng(5);
    const b = testRng(5);
    initializeParams([2, 8, 1], 'relu', 'he_normal', a);
    initializeParams([2, 8, 1], 'relu', 'he_normal:multiplier=3', b);
    expect(b.normal()).toBe(a.normal());
  });

  it('refuses a multiplier that is not a positive number, and any multiplier for lsuv', () => {
    const he = parseInitSpec('he_normal');
    expect(() => initializeParams([2, 3, 1], 'relu', { ...he, multiplier: 0 }, testRng(1))).toThrow('multiplier must be a positive number, got 0');
    expect(() => initializeParams([2, 3, 1], 'relu', { ...he, multiplier: Infinity }, testRng(1))).toThrow('multiplier must be a positive number');
    expect(() => initializeParams([2, 3, 1], 'relu', { ...parseInitSpec('lsuv'), multiplier: 2 }, testRng(1))).toThrow('lsuv takes no multiplier, got 2');
  });

  it('refuses dims with a zero or a single layer', () => {
    expect(() => initializeParams([2, 0, 1], 'relu', 'he', testRng(1))).toThrow('dims must be at least two positive integers');
    expect(() => initializeParams([2], 'relu', 'he', testRng(1))).toThrow('dims must be at least two positive integers');
  });
});

const golden = JSON.parse(readFileSync(new URL('../../fixtures/course-golden.json', import.meta.url), 'utf8'));
const tests = golden.unit_tests as Record<string, Record<string, number[][]>>;

/** The course prints W1, b1, W2, b2, … as nested row lists. */
function asCourse(p: Params): Record<string, number[][]> {
  const out: Record<string, number[][]> = {};
  p.W.forEach((w, l) => {
    const [rows, cols] = [p.dims[l + 1], p.dims[l]];
    out[`W${l + 1}`] = Array.from({ length: rows }, (_, i) => Array.from(w.subarray(i * cols, (i + 1) * cols)));
    out[`b${l + 1}`] = Array.from(p.b[l], (v) => [v]);
  });
  return out;
}

// numpy stream seeded once with 3, as the course's initialize_parameters_* do; compared with toEqual, i.e. bit for bit.
describe('the course initializer checks, reproduced bit for bit with the numpy stream', () => {
  it('zeros([3, 2, 1])', () => {
    expect(asCourse(initializeParams([3, 2, 1], 'relu', 'zeros', createRng('numpy', 3)))).toEqual(tests['initialize_parameters_zeros([3,2,1])']);
  });

  it('random([3, 2, 1])', () => {
    expect(asCourse(initializeParams([3, 2, 1], 'relu', 'random', createRng('numpy', 3)))).toEqual(tests['initialize_parameters_random([3,2,1])']);
  });

  it('he([2, 4, 1])', () => {
    expect(asCourse(initializeParams([2, 4, 1], 'relu', 'he', createRng('numpy', 3)))).toEqual(tests['initialize_parameters_he([2,4,1])']);
  });

  it('he([3, 1, 2])', () => {
    expect(asCourse(initializeParams([3, 1, 2], 'relu', 'he', createRng('numpy', 3)))).toEqual(
      tests['initialize_parameters_he([3,1,2]) (public_tests.py)'],
    );
  });

  it('he_normal with its defaults is the course he, bit for bit', () => {
    const a = initializeParams([2, 10, 5, 1], 'relu', 'he', createRng('numpy', 3));
    const b = initializeParams([2, 10, 5, 1], 'relu', 'he_normal', createRng('numpy', 3));
    expect(b).toEqual(a);
  });

  it('gives the course runs\' parameters bit for bit with a multiplier of 1 written out', () => {
    for (const name of ['zeros', 'random', 'he']) {
      const p = initializeParams([2, 10, 5, 1], 'relu', `${name}:multiplier=1`, createRng('numpy', 3));
      expect(asCourse(p)).toEqual(golden.runs[name].initial_parameters);
    }
  });

  it('reproduces the initial parameters of the course runs', () => {
    for (const name of ['zeros', 'random', 'he']) {
      const p = initializeParams([2, 10, 5, 1], 'relu', name, createRng('numpy', 3));
      expect(asCourse(p)).toEqual(golden.runs[name].initial_parameters);
    }
  });
});
