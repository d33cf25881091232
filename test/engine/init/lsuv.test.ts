import { describe, expect, it } from 'vitest';
import { COURSE_TRAIN_X } from '../../../shared/engine/data/course-circles';
import { initializeParams } from '../../../shared/engine/init/initialize';
import { applyLsuv, lsuvOptionsFrom, type LsuvForward } from '../../../shared/engine/init/lsuv';
import { parseInitSpec } from '../../../shared/engine/init/spec';
import type { Params } from '../../../shared/engine/types';
import { moments, testRng } from './helpers';

const m = COURSE_TRAIN_X.length;
// Feature-major input (2 × m), as the course lays X out.
const x = Float64Array.from([...COURSE_TRAIN_X.map((p) => p[0]), ...COURSE_TRAIN_X.map((p) => p[1])]);

/** Z = W·A + b, then tanh on hidden layers and sigmoid on the last, all feature-major (units × m). */
const forward: LsuvForward = (params, l, input) => {
  const [nIn, nOut] = [params.dims[l], params.dims[l + 1]];
  const w = params.W[l];
  const z = new Float64Array(nOut * m);
  for (let i = 0; i < nOut; i++) {
    for (let s = 0; s < m; s++) {
      let acc = params.b[l][i];
      for (let k = 0; k < nIn; k++) acc += w[i * nIn + k] * input[k * m + s];
      z[i * m + s] = acc;
    }
  }
  const last = l === params.W.length - 1;
  const a = z.map((v) => (last ? 1 / (1 + Math.exp(-v)) : Math.tanh(v)));
  return { z, a };
};

function preActivationVariances(params: Params): number[] {
  const out: number[] = [];
  let input: Float64Array = x;
  for (let l = 0; l < params.W.length; l++) {
    const { z, a } = forward(params, l, input);
    out.push(moments(z).std ** 2);
    input = a;
  }
  return out;
}

describe('applyLsuv', () => {
  it('brings every layer\'s pre-activation variance on the data to 1 within tol', () => {
    const start = initializeParams([2, 16, 16, 8, 1], 'tanh', 'lsuv', testRng(4));
    const { params, layers } = applyLsuv(start, x, forward, { tol: 1e-6, maxIter: 10 });
    for (const v of preActivationVariances(params)) expect(Math.abs(v - 1)).toBeLessThan(1e-6);
    expect(layers.map((r) => r.layer)).toEqual([1, 2, 3, 4]);
    for (const r of layers) expect(Math.abs(r.variance - 1)).toBeLessThan(1e-6);
  });

  it('starts from variances far from 1, so the rescaling is what reaches unit variance', () => {
    const start = initializeParams([2, 16, 16, 8, 1], 'tanh', 'lsuv', testRng(4));
    expect(preActivationVariances(start).some((v) => Math.abs(v - 1) > 0.1)).toBe(true);
  });

  it('leaves the parameters it was given untouched', () => {
    const start = initializeParams([2, 6, 1], 'tanh', 'lsuv', testRng(5));
    const before = start.W.map((w) => Array.from(w));
    applyLsuv(start, x, forward);
    expect(start.W.map((w) => Array.from(w))).toEqual(before);
  });

  it('stops after maxIter rescalings when the tolerance is out of reach', () => {
    const start = initializeParams([2, 6, 1], 'tanh', 'lsuv', testRng(5));
    const { layers } = applyLsuv(start, x, forward, { tol: 0, maxIter: 3 });
    for (const r of layers) expect(r.iterations).toBe(3);
  });

  it('reports a layer whose output has zero variance without rescaling it', () => {
    const start = initializeParams([2, 4, 1], 'tanh', 'zeros', testRng(1));
    const { layers } = applyLsuv(start, x, forward);
    expect(layers[0]).toEqual({ layer: 1, iterations: 0, variance: 0 });
  });

  it('reads tol and max_iter from an lsuv spec', () => {
    expect(lsuvOptionsFrom(parseInitSpec('lsuv:tol=0.01;max_iter=4').params)).toEqual({ tol: 0.01, maxIter: 4 });
    expect(lsuvOptionsFrom(parseInitSpec('lsuv').params)).toEqual({ tol: 0.1, maxIter: 10 });
  });
});
