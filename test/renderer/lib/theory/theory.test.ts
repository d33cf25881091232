import { describe, expect, it } from 'vitest';
import { predictZStd } from '../../../../renderer/src/lib/theory/theory';

describe('predictZStd', () => {
  it('keeps the std of Z at 1 through ReLU layers under He when the input second moment makes layer 1 unit', () => {
    // layer 1: 4 · (2/4) · 0.5 = 1; then each ReLU layer n · (2/n) · (1/2) = 1
    const out = predictZStd({ dims: [4, 50, 50, 50], activation: 'relu', init: { name: 'he_normal', params: {} }, inputSecondMoment: 0.5 });
    for (const s of out) expect(s).toBeCloseTo(1, 12);
  });

  it('predicts the course random ×10 layer-1 std as 10·√(2·E[x²])', () => {
    const [s1] = predictZStd({ dims: [2, 10, 5, 1], activation: 'relu', init: { name: 'random', params: {} }, inputSecondMoment: 0.3 });
    expect(s1).toBeCloseTo(10 * Math.sqrt(2 * 0.3), 12);
  });

  it('predicts no signal at all for zeros', () => {
    expect(predictZStd({ dims: [2, 3, 1], activation: 'relu', init: { name: 'zeros', params: {} }, inputSecondMoment: 1 })).toEqual([0, 0]);
  });

  it('has no prediction for the data-dependent LSUV', () => {
    expect(predictZStd({ dims: [2, 3, 1], activation: 'tanh', init: { name: 'lsuv', params: {} }, inputSecondMoment: 1 })).toEqual([null, null]);
  });
});
