import { describe, expect, it } from 'vitest';
import { courseTerm, createOutputPass } from '../../../shared/engine/kernel/output';
import { ACTIVATIONS } from '../../../shared/engine/nn/activations';
import { LOSSES } from '../../../shared/engine/nn/loss';

const EDGES = [0, 5e-324, 1e-300, 2 ** -54, 0.25, 0.5, 1 - 2 ** -53, 1, NaN];

describe('courseTerm', () => {
  it('equals the course loss term (one sample, two logarithms) bit for bit, NaN mapped to 0', () => {
    const terms = new Float64Array(1);
    for (const a of EDGES) {
      for (const y of [0, 1, 0.3]) {
        const reference = LOSSES.course.cost(new Float64Array(1), Float64Array.of(a), Float64Array.of(y), 1, terms);
        expect(Object.is(courseTerm(a, y), reference)).toBe(true);
      }
    }
  });
});

describe('createOutputPass', () => {
  const m = 41;
  const z = Float64Array.from({ length: m }, (_, j) => (j < 6 ? [-Infinity, Infinity, NaN, -800, 800, -0][j] : Math.sin(j) * 30));
  const y = Float64Array.from({ length: m }, (_, j) => (j === 7 ? 0.5 : j % 3 === 0 ? 1 : 0));

  for (const loss of ['course', 'stable'] as const) {
    it(`gives the reference's probabilities, dZ and ${loss} cost bit for bit, extreme logits included`, () => {
      const pass = createOutputPass(m);
      pass.setLabels(y, m);
      const a = new Float64Array(m);
      const dZ = new Float64Array(m);
      const cost = pass.run(z, a, y, dZ, m, loss);
      const refA = z.map((v) => ACTIVATIONS.sigmoid.f(v, {}));
      const refDZ = refA.map((v, j) => (1 / m) * (v - y[j]));
      expect(a).toEqual(refA);
      expect(dZ).toEqual(refDZ);
      expect(Object.is(cost, LOSSES[loss].cost(z, refA, y, m, new Float64Array(m)))).toBe(true);
    });
  }

  it('returns NaN and still fills a and dZ when no loss is asked for', () => {
    const pass = createOutputPass(2);
    const a = new Float64Array(2);
    const dZ = new Float64Array(2);
    expect(pass.run(Float64Array.of(0, 2), a, Float64Array.of(1, 0), dZ, 2, null)).toBeNaN();
    expect([...a]).toEqual([0.5, ACTIVATIONS.sigmoid.f(2, {})]);
    expect(dZ[0]).toBe(0.5 * (0.5 - 1));
  });
});
