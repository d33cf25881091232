import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pairwiseSum } from '../../../shared/engine/nn/sum';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/numpy-stream.json', import.meta.url), 'utf8')) as {
  pairwise_sums: { values: number[]; sum: number }[];
};

describe('pairwiseSum', () => {
  it.each(fixture.pairwise_sums.map((c) => [c.values.length, c] as const))('equals np.sum bit for bit on %i values', (_n, c) => {
    const buf = Float64Array.from([0, 0, 0, ...c.values]);
    expect(pairwiseSum(buf, 3, c.values.length)).toBe(c.sum);
  });

  it('gives 300 · ln 2 exactly as numpy does for the zeros run', () => {
    // np.sum(np.full(300, np.log(2))) == 207.94415416798358
    expect(pairwiseSum(new Float64Array(300).fill(Math.LN2), 0, 300)).toBe(207.94415416798358);
  });
});
