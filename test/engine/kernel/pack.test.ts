// Which products pack their B operand, and the scratch the layout sets aside for them.
import { describe, expect, it } from 'vitest';
import { planLayout } from '../../../shared/engine/kernel/layout';
import { PACK_MAX_BYTES, PACK_MIN_ROWS, packDoubles, packsB } from '../../../shared/engine/kernel/pack';

describe('packing the B operand', () => {
  it('packs products of many rows whose B fits the scratch bound', () => {
    expect(packsB(PACK_MIN_ROWS, 300, 100)).toBe(true);
    expect(packsB(PACK_MIN_ROWS - 1, 300, 100)).toBe(false);
    expect(packsB(300, PACK_MAX_BYTES / 8 / 100, 100)).toBe(true);
    expect(packsB(300, PACK_MAX_BYTES / 8 / 100 + 1, 100)).toBe(false);
  });

  it('sizes the scratch for the largest packed operand of a network', () => {
    // MNIST's net: the first forward product skips zeros instead; 300 × 100 activations or dZ are the largest.
    expect(packDoubles([784, 300, 300, 300, 300, 10], 100, true)).toBe(300 * 100);
    expect(packDoubles([784, 300, 300, 300, 300, 10], 100, false)).toBe(784 * 100);
    // The deep bench's narrow net packs nothing.
    expect(packDoubles([2, ...Array<number>(20).fill(32), 1], 300, false)).toBe(0);
  });

  it('places the zero-skip and packing scratch after every array, inside the memory the layout asks for', () => {
    const layout = planLayout([784, 300, 300, 10], 100);
    expect(layout.skip).toBeGreaterThanOrEqual(layout.Y + 8 * layout.ld);
    expect(layout.pack).toBeGreaterThan(layout.skip);
    expect(layout.pack % 16).toBe(0);
    expect(layout.pack + 8 * 300 * layout.ld).toBeLessThanOrEqual(layout.bytes);
  });
});
