import { describe, expect, it } from 'vitest';
import { LINK_COLORS, LINK_WIDTH, linkStrength, linkStyle } from '../../../../renderer/src/lib/network/linkScale';

describe('linkStyle', () => {
  it('colours positive links blue and negative ones orange, as TensorFlow Playground', () => {
    expect(linkStyle(0.5, 1).color).toBe(LINK_COLORS.positive);
    expect(linkStyle(-0.5, 1).color).toBe(LINK_COLORS.negative);
  });

  it('draws the largest link at full width and opacity, and a zero link at the thinnest, faintest stroke', () => {
    expect(linkStyle(-2, 2)).toEqual({ color: LINK_COLORS.negative, width: LINK_WIDTH.max, opacity: 1 });
    expect(linkStyle(0, 2)).toMatchObject({ width: LINK_WIDTH.min, opacity: 0.15 });
  });

  it('grows with |value| on a square-root scale: a hundredth of the largest stands at a tenth', () => {
    expect(linkStrength(0.01, 1)).toBeCloseTo(0.1, 15);
    expect(linkStyle(0.25, 1).width).toBeCloseTo(LINK_WIDTH.min + (LINK_WIDTH.max - LINK_WIDTH.min) * 0.5, 12);
    expect(linkStyle(0.3, 1).width).toBeGreaterThan(linkStyle(0.2, 1).width);
  });

  it('draws every link at the thinnest stroke when all are zero (a zeros start), not a division by zero', () => {
    expect(linkStyle(0, 0)).toEqual({ color: LINK_COLORS.positive, width: LINK_WIDTH.min, opacity: 0.15 });
  });

  it('marks a non-finite value with its own colour at full width', () => {
    for (const v of [NaN, Infinity, -Infinity]) expect(linkStyle(v, 1)).toEqual({ color: LINK_COLORS.invalid, width: LINK_WIDTH.max, opacity: 1 });
  });
});
