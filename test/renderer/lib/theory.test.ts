import { describe, expect, it } from 'vitest';
import { activationSecondMoment, predictZStd, weightSecondMoment } from '../../../renderer/src/lib/theory';

describe('weightSecondMoment', () => {
  it('gives He 2/fan_in, the course formula', () => {
    expect(weightSecondMoment('he', {}, 5, 10)).toBeCloseTo(0.2, 15);
  });

  it('gives the course random ×10 a second moment of 100', () => {
    expect(weightSecondMoment('random', {}, 10, 2)).toBeCloseTo(100, 12);
  });

  it('gives Xavier 2/(fan_in + fan_out) times gain squared', () => {
    expect(weightSecondMoment('xavier_uniform', { gain: 2 }, 4, 6)).toBeCloseTo((4 * 2) / 10, 15);
  });

  it('has no formula for the data-dependent LSUV', () => {
    expect(weightSecondMoment('lsuv', {}, 4, 4)).toBeNull();
  });
});

describe('activationSecondMoment', () => {
  it('halves the variance through a ReLU', () => {
    expect(activationSecondMoment((z) => Math.max(0, z), 3)).toBeCloseTo(1.5, 6);
  });

  it('keeps the variance through the identity', () => {
    expect(activationSecondMoment((z) => z, 0.7)).toBeCloseTo(0.7, 6);
  });
});

describe('predictZStd', () => {
  it('keeps the std of Z constant through ReLU layers under He (fan-in propagation)', () => {
    const out = predictZStd({ dims: [4, 50, 50, 50], activation: 'relu', init: { name: 'he_normal', params: {} }, inputSecondMoment: 0.5 });
    // layer 1: 4 · (2/4) · 0.5 = 1; then each ReLU layer n · (2/n) · (1/2) = 1
    for (const s of out) expect(s).toBeCloseTo(1, 5);
  });

  it('predicts zero signal for zeros', () => {
    expect(predictZStd({ dims: [2, 3, 1], activation: 'relu', init: { name: 'zeros', params: {} }, inputSecondMoment: 1 })).toEqual([0, 0]);
  });
});
