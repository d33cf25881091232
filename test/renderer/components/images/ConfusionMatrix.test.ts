import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLab } from '../../helpers/memoryLab';
import ConfusionMatrix from '../../../../renderer/src/components/images/ConfusionMatrix.vue';
import { mountWithLab, settle, texts, type Mounted } from '../../helpers/mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const classes = ['cat', 'dog', 'fox'];
const matrix = [
  [8, 2, 0],
  [1, 9, 0],
  [0, 0, 0],
];

async function mount() {
  mounted = mountWithLab(ConfusionMatrix, createMemoryLab(), { title: 'Confusion matrix', classes, matrix });
  await settle();
  return mounted.el;
}

describe('ConfusionMatrix', () => {
  it('draws one cell per pair of classes, each titled with its count and its share of the true class', async () => {
    const el = await mount();
    expect(el.querySelectorAll('rect[data-cell]')).toHaveLength(9);
    expect(el.querySelector('rect[data-cell="0-1"] title')?.textContent).toBe('true cat, predicted dog: 2 (20.0% of cat)');
  });

  it('draws each class\'s accuracy as a bar as long as its share', async () => {
    const el = await mount();
    const bars = [...el.querySelectorAll('rect[data-class-accuracy]')].map((r) => Number(r.getAttribute('width')));
    expect(bars[0]).toBeCloseTo(0.8 * 90, 10);
    expect(bars[1]).toBeCloseTo(0.9 * 90, 10);
    expect(bars[2]).toBe(0); // no fox in the test set: no bar, not a 0% claim
  });

  it('names the pair most often confused', async () => {
    const el = await mount();
    expect(el.textContent).toContain('Most often confused: cat taken for dog (2 times).');
  });

  it('lists per-class accuracy in a table for readers who cannot see the bars', async () => {
    const el = await mount();
    expect(texts(el, 'table.per-class tbody tr')).toEqual(['cat1080.0%', 'dog1090.0%', 'fox0—']);
  });
});
