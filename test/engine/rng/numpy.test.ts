import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { NumpyRng } from '../../../shared/engine/rng/numpy';
import { shuffleInPlace, uniformRange } from '../../../shared/engine/rng';

interface StreamFixture {
  seed: number;
  raw_uint32: number[];
  random_sample: number[];
  randn: number[];
  randn_platform_log_misrounded: number[];
  random_sample_after_randn: number[];
  'uniform_-2.5_4.0': number[];
  shuffle_arange_50: number[];
  randint_after_shuffle: { n: number[]; values: number[] };
}

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/numpy-stream.json', import.meta.url), 'utf8')) as {
  streams: StreamFixture[];
};
const glibcFixture = JSON.parse(readFileSync(new URL('../../fixtures/glibc-log.json', import.meta.url), 'utf8')) as {
  randn: { seed: number; shape: [number, number]; sha256: string; misrounded_log_draws: number; sample: { index: number[]; value: string[] } };
};
const golden = JSON.parse(readFileSync(new URL('../../fixtures/course-golden.json', import.meta.url), 'utf8'));

describe.each(fixture.streams)('numpy stream after seed($seed)', (s) => {
  it('gives the same raw 32-bit outputs as MT19937', () => {
    const rng = new NumpyRng(s.seed);
    expect(s.raw_uint32.map(() => rng.nextUint32())).toEqual(s.raw_uint32);
  });

  it('gives random_sample doubles bit for bit', () => {
    const rng = new NumpyRng(s.seed);
    expect(s.random_sample.map(() => rng.uniform())).toEqual(s.random_sample);
  });

  it(`gives 1001 randn draws bit for bit, the ${s.randn_platform_log_misrounded.length} whose log the C library misrounds included`, () => {
    const rng = new NumpyRng(s.seed);
    expect(s.randn.map(() => rng.normal())).toEqual(s.randn);
  });

  it('keeps the cached Gaussian apart from the uniform stream', () => {
    const rng = new NumpyRng(s.seed);
    s.randn.forEach(() => rng.normal());
    expect([rng.uniform(), rng.uniform()]).toEqual(s.random_sample_after_randn);
  });

  it('gives uniform(lo, hi) bit for bit', () => {
    const rng = new NumpyRng(s.seed);
    expect(s['uniform_-2.5_4.0'].map(() => uniformRange(rng, -2.5, 4.0))).toEqual(s['uniform_-2.5_4.0']);
  });

  it('shuffles and draws bounded integers as the legacy rejection sampler does', () => {
    const rng = new NumpyRng(s.seed);
    const perm = Array.from({ length: 50 }, (_, i) => i);
    shuffleInPlace(rng, perm);
    expect(perm).toEqual(s.shuffle_arange_50);
    expect(s.randint_after_shuffle.n.map((n) => rng.int(n))).toEqual(s.randint_after_shuffle.values);
  });
});

describe('numpy stream and the course', () => {
  it('reproduces random([3,2,1]) of the course unit tests: 10 × the first six Gaussians after seed(3)', () => {
    const expected = golden.unit_tests['initialize_parameters_random([3,2,1])'];
    const rng = new NumpyRng(3);
    const w1 = [0, 1].map(() => [0, 1, 2].map(() => rng.normal() * 10));
    const w2 = [[0, 1].map(() => rng.normal() * 10)];
    expect(w1).toEqual(expected.W1);
    expect(w2).toEqual(expected.W2);
  });

  it('reproduces he([2,4,1]) of the course unit tests: the first eight Gaussians after seed(3) scaled per layer', () => {
    const expected = golden.unit_tests['initialize_parameters_he([2,4,1])'];
    const rng = new NumpyRng(3);
    const w1 = [0, 1, 2, 3].map(() => [0, 1].map(() => rng.normal() * Math.sqrt(2 / 2)));
    const w2 = [[0, 1, 2, 3].map(() => rng.normal() * Math.sqrt(2 / 4))];
    expect(w1).toEqual(expected.W1);
    expect(w2).toEqual(expected.W2);
  });

  it(`reproduces numpy's randn(400, 400) after seed(5) bit for bit, the draws whose log glibc misrounds included`, () => {
    const { seed, shape, sha256, misrounded_log_draws, sample } = glibcFixture.randn;
    const rng = new NumpyRng(seed);
    const draws = Float64Array.from({ length: shape[0] * shape[1] }, () => rng.normal());
    const view = new DataView(new ArrayBuffer(8));
    const bitsOf = (x: number) => (view.setFloat64(0, x), view.getBigUint64(0).toString(16).padStart(16, '0'));
    // The sample holds the first draws and every draw of a pair whose log glibc misrounds.
    expect(sample.index.length).toBe(8 + misrounded_log_draws);
    expect(sample.index.map((i) => bitsOf(draws[i]))).toEqual(sample.value);
    expect(createHash('sha256').update(new Uint8Array(draws.buffer)).digest('hex')).toBe(sha256);
  });

  it('restores a saved state mid-pair and continues identically', () => {
    const rng = new NumpyRng(7);
    for (let i = 0; i < 1000; i++) rng.normal();
    rng.normal();
    const state = JSON.parse(JSON.stringify(rng.getState()));
    const next = [rng.normal(), rng.uniform(), rng.int(10), rng.normal()];
    const other = new NumpyRng(1);
    other.setState(state);
    expect([other.normal(), other.uniform(), other.int(10), other.normal()]).toEqual(next);
  });

  it('rejects seeds numpy rejects', () => {
    expect(() => new NumpyRng(-1)).toThrow(/seed/);
    expect(() => new NumpyRng(2 ** 32)).toThrow(/seed/);
    expect(() => new NumpyRng(1.5)).toThrow(/seed/);
  });
});
