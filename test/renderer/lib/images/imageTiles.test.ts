import { describe, expect, it } from 'vitest';
import { divergingColor, greyTile, squareSide, weightScale, weightTile } from '../../../../renderer/src/lib/images/imageTiles';

describe('greyTile', () => {
  it('draws background bytes in the paper colour and full ink in the ink colour', () => {
    const t = greyTile([0, 255], [10, 20, 30], [250, 240, 230]);
    expect([...t]).toEqual([250, 240, 230, 255, 10, 20, 30, 255]);
  });

  it('mixes paper and ink in proportion to the byte', () => {
    const t = greyTile([51], [0, 0, 0], [255, 255, 255]);
    expect(t[0]).toBe(204); // 255 · (1 − 51/255)
  });
});

describe('divergingColor', () => {
  it('is white at 0 and the full end colours at ±scale', () => {
    expect(divergingColor(0, 1)).toEqual([255, 255, 255]);
    expect(divergingColor(-2, 2)).toEqual([0, 114, 178]);
    expect(divergingColor(2, 2)).toEqual([213, 94, 0]);
  });

  it('clamps beyond ±scale and draws a non-finite weight grey', () => {
    expect(divergingColor(5, 1)).toEqual([213, 94, 0]);
    expect(divergingColor(NaN, 1)).toEqual([127, 127, 127]);
  });

  it('draws every weight white when the scale is 0 (all weights 0)', () => {
    expect(divergingColor(0, 0)).toEqual([255, 255, 255]);
  });
});

describe('weightScale and weightTile', () => {
  const W = new Float64Array([0.1, -0.5, 0.2, 0.3, 9, -9]); // 3 units × 2 inputs

  it('takes the largest |w| over the units drawn only', () => {
    expect(weightScale(W, 2, 2)).toBe(0.5);
    expect(weightScale(W, 2, 3)).toBe(9);
  });

  it('lays out one unit\'s incoming weights as its pixels', () => {
    const t = weightTile(W, 2, 1, 0.4);
    expect([...t.slice(0, 4)]).toEqual([...divergingColor(0.2, 0.4), 255]);
    expect([...t.slice(4, 8)]).toEqual([...divergingColor(0.3, 0.4), 255]);
  });
});

describe('squareSide', () => {
  it('is 28 for 784 inputs and null for a count that is not a square', () => {
    expect(squareSide(784)).toBe(28);
    expect(squareSide(785)).toBeNull();
  });
});
