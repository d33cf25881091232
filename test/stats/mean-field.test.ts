import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../../shared/engine/nn/activations';
import { createRng } from '../../shared/engine/rng';
import {
  chi1,
  chiC,
  correlationDepth,
  correlationMap,
  criticalSigmaW2,
  cStar,
  illinois,
  lengthMap,
  lengthSequence,
  meanField,
  qStar,
  type MeanFieldPoint,
} from '../../shared/stats/mean-field';

const ORDERED: MeanFieldPoint = { sigmaW2: 1.5, sigmaB2: 0.05, activation: 'tanh' };
const CHAOTIC: MeanFieldPoint = { sigmaW2: 3, sigmaB2: 0.05, activation: 'tanh' };

/** Mean and standard error of h over n standard-normal pairs (z₁, z₂) from a seeded stream: an independent path from quadrature. */
function monteCarlo(h: (z1: number, z2: number) => number, n = 200_000, seed = 7): { mean: number; se: number } {
  const rng = createRng('seedrandom', seed);
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const v = h(rng.normal(), rng.normal());
    s += v;
    s2 += v * v;
  }
  const mean = s / n;
  return { mean, se: Math.sqrt((s2 / n - mean * mean) / n) };
}

const tanhD = (x: number) => ACTIVATIONS.tanh.df(x, Math.tanh(x), {});

describe('lengthMap', () => {
  it('agrees with a Monte Carlo average of σ_w² tanh(√q z)² + σ_b² within 5 standard errors', () => {
    for (const q of [0.01, 1, 30]) {
      const mc = monteCarlo((z) => ORDERED.sigmaW2 * Math.tanh(Math.sqrt(q) * z) ** 2 + ORDERED.sigmaB2);
      expect(Math.abs(lengthMap(ORDERED, q) - mc.mean), `q=${q}`).toBeLessThan(5 * mc.se);
    }
  });

  it('is σ_w² q / 2 + σ_b² for ReLU, in closed form', () => {
    expect(lengthMap({ sigmaW2: 2, sigmaB2: 0.1, activation: 'relu' }, 3)).toBeCloseTo(3.1, 13);
  });
});

describe('qStar', () => {
  it('is a fixed point of the length map to 1e-13 relative', () => {
    for (const p of [ORDERED, CHAOTIC, { sigmaW2: 1.2, sigmaB2: 0.5, activation: 'sigmoid' } as MeanFieldPoint]) {
      const q = qStar(p);
      expect(Math.abs(lengthMap(p, q) / q - 1)).toBeLessThan(1e-13);
    }
  });

  it('is where 300 plain iterations of the length map from q⁰ = 1 end, to 1e-12 relative', () => {
    for (const p of [ORDERED, CHAOTIC]) {
      const seq = lengthSequence(p, 1, 300);
      expect(Math.abs(seq[299] / qStar(p) - 1)).toBeLessThan(1e-12);
    }
  });

  it('is σ_b² / (1 − σ_w²/2) for ReLU below σ_w² = 2, and unbounded above it', () => {
    expect(qStar({ sigmaW2: 1, sigmaB2: 0.1, activation: 'relu' })).toBeCloseTo(0.2, 12);
    expect(qStar({ sigmaW2: 3, sigmaB2: 0.1, activation: 'relu' })).toBe(Infinity);
  });

  it('is 0 for tanh without bias in the ordered phase (σ_w² < 1): the signal dies', () => {
    expect(qStar({ sigmaW2: 0.9, sigmaB2: 0, activation: 'tanh' })).toBe(0);
  });

  it('rejects a negative variance, naming it', () => {
    expect(() => qStar({ sigmaW2: -1, sigmaB2: 0, activation: 'tanh' })).toThrow(/sigmaW2/);
    expect(() => qStar({ sigmaW2: 1, sigmaB2: NaN, activation: 'tanh' })).toThrow(/sigmaB2/);
  });
});

describe('chi1', () => {
  it('agrees with a Monte Carlo average of σ_w² tanh′(√q* z)² within 5 standard errors', () => {
    for (const p of [ORDERED, CHAOTIC]) {
      const q = qStar(p);
      const mc = monteCarlo((z) => p.sigmaW2 * tanhD(Math.sqrt(q) * z) ** 2);
      expect(Math.abs(chi1(p) - mc.mean)).toBeLessThan(5 * mc.se);
    }
  });

  it('is σ_w²/2 for ReLU at any length', () => {
    expect(chi1({ sigmaW2: 1.6, sigmaB2: 0.1, activation: 'relu' })).toBeCloseTo(0.8, 13);
  });
});

describe('correlationMap and cStar', () => {
  it('agrees with a Monte Carlo average over correlated pairs within 5 standard errors', () => {
    const q = qStar(CHAOTIC);
    for (const c of [0, 0.4, 0.9]) {
      const mc = monteCarlo((z1, z2) => {
        const u1 = Math.sqrt(q) * z1;
        const u2 = Math.sqrt(q) * (c * z1 + Math.sqrt(1 - c * c) * z2);
        return (CHAOTIC.sigmaW2 * Math.tanh(u1) * Math.tanh(u2) + CHAOTIC.sigmaB2) / q;
      });
      expect(Math.abs(correlationMap(CHAOTIC, c, q) - mc.mean), `c=${c}`).toBeLessThan(5 * mc.se);
    }
  });

  it('keeps c = 1 fixed: the map of 1 is 1 to 1e-12', () => {
    expect(correlationMap(CHAOTIC, 1)).toBeCloseTo(1, 12);
  });

  it('gives c* < 1 in the chaotic phase, where 150 plain iterations of the map from c = 0.9 end (1e-6; χ_c ≈ 0.9 per step)', () => {
    const q = qStar(CHAOTIC);
    const c = cStar(CHAOTIC, q);
    expect(c).toBeLessThan(1);
    let x = 0.9;
    for (let i = 0; i < 150; i++) x = correlationMap(CHAOTIC, x, q);
    expect(Math.abs(x - c)).toBeLessThan(1e-6);
  });

  it('gives c* = 1 in the ordered phase and c* = 0 for unbiased tanh in the chaotic phase (the map is odd)', () => {
    expect(cStar(ORDERED)).toBe(1);
    expect(cStar({ sigmaW2: 3, sigmaB2: 0, activation: 'tanh' })).toBe(0);
  });

  it('has χ_c below 1 at c* in the chaotic phase (c* is stable) and equal to χ₁ at c = 1', () => {
    const q = qStar(CHAOTIC);
    expect(chiC(CHAOTIC, cStar(CHAOTIC, q), q)).toBeLessThan(1);
    expect(chiC(CHAOTIC, 1, q)).toBeCloseTo(chi1(CHAOTIC, q), 12);
  });
});

describe('criticalSigmaW2 (the order-to-chaos line)', () => {
  it('is about 1.76 for tanh at σ_b² = 0.05, as in Schoenholz et al. 2017', () => {
    const w = criticalSigmaW2(0.05, 'tanh');
    expect(w).toBeGreaterThan(1.75);
    expect(w).toBeLessThan(1.77);
    expect(Math.abs(chi1({ sigmaW2: w, sigmaB2: 0.05, activation: 'tanh' }) - 1)).toBeLessThan(1e-12);
  });

  // At σ_b² = 0, χ₁ − 1 touches 0 quadratically in σ_w² − 1 (q* ≈ (σ_w² − 1)/2), so the root is only defined to ~√ε.
  it('is 1 for tanh at σ_b² = 0 (to 1e-6) and 2 for ReLU (to 1e-12)', () => {
    expect(Math.abs(criticalSigmaW2(0, 'tanh') - 1)).toBeLessThan(1e-6);
    expect(Math.abs(criticalSigmaW2(0, 'relu') - 2)).toBeLessThan(1e-12);
  });

  it('rises with σ_b² for tanh', () => {
    expect(criticalSigmaW2(0.2, 'tanh')).toBeGreaterThan(criticalSigmaW2(0.05, 'tanh'));
  });
});

describe('correlationDepth and meanField', () => {
  it('is −1/ln χ, Infinity at χ = 1 and NaN above 1', () => {
    expect(correlationDepth(0.5)).toBeCloseTo(1 / Math.LN2, 14);
    expect(correlationDepth(1)).toBe(Infinity);
    expect(correlationDepth(1.2)).toBeNaN();
  });

  it('names the phase on each side of the line, with a finite depth scale on both', () => {
    const o = meanField(ORDERED);
    const c = meanField(CHAOTIC);
    expect(o.phase).toBe('ordered');
    expect(c.phase).toBe('chaotic');
    expect(o.correlationDepth).toBeCloseTo(-1 / Math.log(o.chi1), 12);
    expect(c.correlationDepth).toBeCloseTo(-1 / Math.log(c.chiC), 12);
  });

  it('matches a wide random tanh network: the mean square of Z in layer 15 is q* within 15%', () => {
    // Width 400 leaves a finite-width spread of about √(2/400) ≈ 7% on one layer's mean square.
    const n = 400;
    const rng = createRng('seedrandom', 3);
    let a = new Float64Array(n).map(() => rng.normal());
    let meanSquare = 0;
    for (let l = 0; l < 15; l++) {
      const z = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let s = rng.normal() * Math.sqrt(CHAOTIC.sigmaB2);
        for (let j = 0; j < n; j++) s += rng.normal() * Math.sqrt(CHAOTIC.sigmaW2 / n) * a[j];
        z[i] = s;
      }
      meanSquare = z.reduce((t, v) => t + v * v, 0) / n;
      a = z.map(Math.tanh);
    }
    expect(Math.abs(meanSquare / qStar(CHAOTIC) - 1)).toBeLessThan(0.15);
  });
});

describe('illinois', () => {
  it('finds √2 as the root of x² − 2 on [0, 2] to 1e-15 and refuses a bracket without a sign change', () => {
    expect(illinois((x) => x * x - 2, 0, 2, 1e-16)).toBeCloseTo(Math.SQRT2, 15);
    expect(() => illinois((x) => x * x + 1, 0, 2, 1e-12)).toThrow(RangeError);
  });
});
