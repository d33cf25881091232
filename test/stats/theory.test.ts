import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, activationParams, type ActivationName } from '../../shared/engine/nn/activations';
import { weightVariances } from '../../shared/stats/init-variance';
import { activationSecondMoment, inputSecondMoment, predictZVariance } from '../../shared/stats/theory';
import { REF } from './reference';

describe('activationSecondMoment', () => {
  it('matches SciPy quad for relu, leaky_relu, tanh, sigmoid, elu and selu, means −1 to 0.5, variances 0.01 to 1e4', () => {
    for (const e of REF.gaussian.secondMoments) {
      const got = activationSecondMoment(e.activation as ActivationName, e.mean, e.v);
      // 1e-12 relative, with 1e-15 absolute for the ~1e-27 values where quad's own absolute tolerance rules.
      expect(Math.abs(got - e.value), `${e.activation} μ=${e.mean} v=${e.v}`).toBeLessThanOrEqual(1e-12 * e.value + 1e-15);
    }
  });

  it('gives Var(z)/2 for relu and Var(z) for linear at zero mean', () => {
    expect(activationSecondMoment('relu', 0, 3)).toBe(1.5);
    expect(activationSecondMoment('linear', 0, 3)).toBe(3);
  });

  it("uses the leaky slope given, else the registry's default 0.01", () => {
    expect(activationSecondMoment('leaky_relu', 0, 2, { slope: 0.5 })).toBeCloseTo(1.25, 14);
    expect(activationSecondMoment('leaky_relu', 0, 2)).toBeCloseTo(1.0001, 14);
  });
});

describe('predictZVariance', () => {
  it('keeps He-initialized ReLU layers at 2·E[x²] at every depth', () => {
    const dims = [4, 50, 50, 50, 1];
    const v = predictZVariance(dims, 'relu', weightVariances(dims, 'he') as number[], 0.5);
    for (const x of v) expect(x).toBeCloseTo(1, 14);
  });

  it('scales Var(Z_l) of a ReLU net by m^(2l) for He weights times m: m² per layer, compounded', () => {
    const dims = [4, 50, 50, 50, 1];
    const plain = predictZVariance(dims, 'relu', weightVariances(dims, 'he') as number[], 0.5);
    const scaled = predictZVariance(dims, 'relu', weightVariances(dims, 'he:multiplier=2') as number[], 0.5);
    scaled.forEach((v, l) => expect(v / plain[l]).toBeCloseTo(4 ** (l + 1), 12));
  });

  it('halves per layer for ReLU with LeCun variance 1/fan_in', () => {
    const dims = [10, 10, 10, 10];
    expect(predictZVariance(dims, 'relu', weightVariances(dims, 'lecun_normal') as number[], 1)).toEqual([1, 0.5, 0.25]);
  });

  it("predicts the course's ×10 start layer by layer as n_{l−1} · 100 · E[a²]", () => {
    const v = predictZVariance([2, 10, 5, 1], 'relu', [100, 100, 100], 0.3);
    expect(v[0]).toBeCloseTo(60, 12);
    expect(v[1]).toBeCloseTo(60 * 10 * 100 * 0.5, 9);
    expect(v[2]).toBeCloseTo(v[1] * 5 * 100 * 0.5, 6);
  });

  it('is all zeros for zero weights', () => {
    expect(predictZVariance([2, 10, 5, 1], 'tanh', [0, 0, 0], 1)).toEqual([0, 0, 0]);
  });

  it('carries a constant bias as the mean of every Z', () => {
    // Sigmoid at Var 0 with bias 0.5: E[g(Z)²] = sigmoid(0.5)².
    const v = predictZVariance([3, 4, 2], 'sigmoid', [0, 0.1], 1, { bias: 0.5 });
    expect(v[1]).toBeCloseTo(4 * 0.1 * (1 / (1 + Math.exp(-0.5))) ** 2, 15);
  });

  it('rejects a weight variance list of the wrong length and a negative second moment', () => {
    expect(() => predictZVariance([2, 3, 1], 'relu', [1], 1)).toThrow(/one entry per layer/);
    expect(() => predictZVariance([2, 3, 1], 'relu', [1, 1], -1)).toThrow(RangeError);
  });
});

describe('inputSecondMoment', () => {
  it('averages x² over samples and features', () => {
    expect(inputSecondMoment([1, 2, 3, 4], 2)).toBe(7.5);
    expect(() => inputSecondMoment([1, 2, 3], 2)).toThrow(RangeError);
  });
});

// Monte Carlo: wide networks whose weights have the variance weightVariance gives. The weights are uniform
// U(−√3·σ, √3·σ): the argument needs only their variance (Z is Gaussian by the central limit theorem either
// way), and one cheap uniform per weight keeps 20 layers × 500² weights per network to a fraction of a
// second. That the registry's own draws have that variance is init-variance.test.ts's job.
const WIDTH = 500;
const DEPTH = 20;
const INPUTS = 100;
const DIMS = [INPUTS, ...Array<number>(DEPTH).fill(WIDTH)];

/** Uniform draws in (0, 1) from mulberry32: fast, seeded, good enough for moments. */
function uniforms(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
}

/** Var(Z_l) measured over units × samples of one network with zero-mean uniform weights of variance Var(W_l). */
function measure(activation: ActivationName, spec: string, seed: number, samples: number): { z: number[]; x2: number } {
  const uniform = uniforms(seed);
  const wv = weightVariances(DIMS, spec) as number[];
  const f = ACTIVATIONS[activation].f;
  const p = activationParams(activation);
  const x = new Float64Array(INPUTS * samples);
  for (let i = 0; i < x.length; i++) x[i] = 3 * (2 * uniform() - 1);
  // Activations sample-major: a[j * n + i] is unit i of sample j.
  let a = x;
  const z: number[] = [];
  for (let l = 0; l < DEPTH; l++) {
    const [nIn, nOut] = [DIMS[l], DIMS[l + 1]];
    const half = Math.sqrt(3 * wv[l]);
    const W = new Float64Array(nOut * nIn);
    for (let i = 0; i < W.length; i++) W[i] = half * (2 * uniform() - 1);
    const Z = new Float64Array(samples * nOut);
    for (let j = 0; j < samples; j++) {
      for (let i = 0; i < nOut; i++) {
        let s = 0;
        for (let k = 0; k < nIn; k++) s += W[i * nIn + k] * a[j * nIn + k];
        Z[j * nOut + i] = s;
      }
    }
    z.push(variance(Z));
    a = Z.map((v) => f(v, p));
  }
  return { z, x2: inputSecondMoment(x, INPUTS) };
}

function variance(v: Float64Array): number {
  let m = 0;
  for (const x of v) m += x;
  m /= v.length;
  let s = 0;
  for (const x of v) s += (x - m) * (x - m);
  return s / v.length;
}

describe('predictZVariance against Monte Carlo on width-500, depth-20 networks', () => {
  it('tracks ReLU with He (uniform) init within 3·√(5l/(n·R)) at layer l, pooled over R = 8 networks', () => {
    // A ReLU layer multiplies each sample's squared norm by a factor with relative variance ≈ 5/n, so at layer l
    // one network's measured variance strays by about √(5l/n) (≈ 45% at l = 20); R networks pool that by √R.
    const R = 8;
    const runs = Array.from({ length: R }, (_, r) => measure('relu', 'he_uniform', 100 + r, 4));
    const wv = weightVariances(DIMS, 'he_uniform') as number[];
    for (let l = 0; l < DEPTH; l++) {
      const measured = runs.reduce((s, run) => s + run.z[l], 0) / R;
      const predicted = runs.reduce((s, run) => s + predictZVariance(DIMS, 'relu', wv, run.x2)[l], 0) / R;
      const tolerance = 3 * Math.sqrt((5 * (l + 1)) / (WIDTH * R));
      expect(Math.abs(measured / predicted - 1), `layer ${l + 1}`).toBeLessThan(tolerance);
    }
  });

  it.each([
    ['xavier_uniform:gain=1.6666666666666667', 'signal-preserving gain 5/3'],
    ['xavier_uniform', 'gain 1, shrinking with depth'],
  ])('tracks tanh with %s (%s) within 20% at every layer', (spec) => {
    // tanh layers contract rather than compound their errors; at this width one network's deviation stays
    // within about 15% (gain 1) and 7% (gain 5/3) at three standard deviations of its finite-width spread.
    const run = measure('tanh', spec, 7, 16);
    const predicted = predictZVariance(DIMS, 'tanh', weightVariances(DIMS, spec) as number[], run.x2);
    for (let l = 0; l < DEPTH; l++) expect(Math.abs(run.z[l] / predicted[l] - 1), `layer ${l + 1}`).toBeLessThan(0.2);
  });
});
