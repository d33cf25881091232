import { describe, expect, it } from 'vitest';
import { decadeTickLabels, logTickLabels } from '../../../../renderer/src/lib/charts/logTicks';

const labelled = (values: number[], pxPerDecade: number) => {
  const keep = logTickLabels(values, pxPerDecade);
  return values.filter((_, i) => keep[i]);
};

describe('logTickLabels', () => {
  it('keeps the powers of ten and drops the ticks crowding them on a short axis', () => {
    // the cost chart's axis: 0.07 to 30 over about 180 px, 60 px a decade
    expect(labelled([0.07, 0.1, 0.3, 0.7, 1, 3, 7, 10, 30], 60)).toEqual([0.1, 0.3, 1, 3, 10, 30]);
  });

  it('labels every tick where the decades are long enough', () => {
    expect(labelled([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 600)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('prefers 5, then 2, then 3 between powers of ten', () => {
    // at 30 px a decade 2, 3 and 5 all stand closer than 16 px to each other
    expect(labelled([2, 3, 5], 30)).toEqual([5]);
    expect(labelled([2, 3], 30)).toEqual([2]);
    // at 60 px 2 and 5 clear the powers of ten and each other; 3 is 11 px from 2
    expect(labelled([1, 2, 3, 5, 10], 60)).toEqual([1, 2, 5, 10]);
  });

  it('labels within a narrow range that holds no power of ten', () => {
    // 0.6 to 0.7 is a fifteenth of a decade: at 2000 px a decade the two ticks stand 134 px apart
    expect(labelled([0.6, 0.7], 2000)).toEqual([0.6, 0.7]);
  });

  it('labels an axis over hundreds of decades with powers of ten a label-height apart', () => {
    // 1e-300 to 1 with chart.js's nine ticks a decade, on a 200 px axis
    const values = Array.from({ length: 300 }, (_, d) => [1, 2, 3, 4, 5, 6, 7, 8, 9].map((m) => m * 10 ** (d - 300))).flat();
    const kept = labelled(values, 200 / 300);
    expect(kept.length).toBeLessThanOrEqual(Math.floor(200 / 16) + 1);
    for (const v of kept) expect(Math.log10(v) % 1).toBeCloseTo(0, 6);
  });

  it('leaves values that are not positive unlabelled', () => {
    expect(labelled([0, 1, 10], 100)).toEqual([1, 10]);
  });
});

describe('decadeTickLabels', () => {
  it('labels every k-th power of ten, exponents multiples of k, so labels stand the gap apart', () => {
    const values = Array.from({ length: 13 }, (_, d) => 10 ** (d - 12));
    // 10 px a decade and a 24 px gap: every third decade
    const keep = decadeTickLabels(values, 10, 24);
    expect(values.filter((_, i) => keep[i])).toEqual([1e-12, 1e-9, 1e-6, 1e-3, 1]);
  });

  it('never labels a tick that is not a power of ten when two or more are on the axis', () => {
    const keep = decadeTickLabels([0.5, 1, 2, 5, 10, 20], 400, 24);
    expect([0.5, 1, 2, 5, 10, 20].filter((_, i) => keep[i])).toEqual([1, 10]);
  });
});
