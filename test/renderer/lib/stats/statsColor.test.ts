import { describe, expect, it } from 'vitest';
import { textOn, unitScale, viridis } from '../../../../renderer/src/lib/stats/statsColor';

describe('viridis', () => {
  it('runs through its stops from dark purple (0) over teal (0.5) to yellow (1)', () => {
    expect(viridis(0)).toBe('#440154');
    expect(viridis(0.5)).toBe('#21908d');
    // halfway between the first two stops (68,1,84) and (71,44,122), rounded per channel: (70, 23, 103)
    expect(viridis(1 / 16)).toBe('#461767');
    expect(viridis(1)).toBe('#fde725');
  });

  it('clamps values outside [0, 1] and treats NaN as the low end', () => {
    expect(viridis(-3)).toBe('#440154');
    expect(viridis(7)).toBe('#fde725');
    expect(viridis(NaN)).toBe('#440154');
  });
});

describe('textOn', () => {
  it('writes white on the dark end and black on the light end', () => {
    expect(textOn('#440154')).toBe('#ffffff');
    expect(textOn('#fde725')).toBe('#000000');
  });
});

describe('unitScale', () => {
  it('goes logarithmic when positive values span more than a factor 20', () => {
    const s = unitScale(0.01, 10);
    expect(s.log).toBe(true);
    expect(s.at(0.1)).toBeCloseTo(1 / 3, 12);
  });

  it('stays linear over a narrow range, and puts a constant in the middle', () => {
    const s = unitScale(0.2, 0.6);
    expect(s.log).toBe(false);
    expect(s.at(0.5)).toBeCloseTo(0.75, 12);
    expect(unitScale(3, 3).at(3)).toBe(0.5);
  });
});
