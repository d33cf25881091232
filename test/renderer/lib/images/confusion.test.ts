import { describe, expect, it } from 'vitest';
import { summarizeConfusion } from '../../../../renderer/src/lib/images/confusion';

describe('summarizeConfusion', () => {
  // 3 classes: class 0 has 10 samples (8 right), class 1 has 5 (5 right), class 2 has none
  const m = [
    [8, 2, 0],
    [0, 5, 0],
    [0, 0, 0],
  ];

  it('gives each class the share of its own samples predicted right', () => {
    const s = summarizeConfusion(m);
    expect(s.perClass[0]).toBe(0.8);
    expect(s.perClass[1]).toBe(1);
  });

  it('reads a class absent from the test set as NaN rather than 0%', () => {
    expect(summarizeConfusion(m).perClass[2]).toBeNaN();
    expect(summarizeConfusion(m).shares[2].every(Number.isNaN)).toBe(true);
  });

  it('counts the overall accuracy over all samples', () => {
    expect(summarizeConfusion(m).accuracy).toBeCloseTo(13 / 15, 15);
  });

  it('names the off-diagonal cell with the most samples as the worst confusion', () => {
    expect(summarizeConfusion([[5, 1, 3], [4, 5, 0], [0, 0, 9]]).worst).toEqual({ label: 1, predicted: 0, count: 4 });
  });

  it('has no worst confusion when every prediction is right', () => {
    expect(summarizeConfusion([[3, 0], [0, 2]]).worst).toBeNull();
  });
});
