import { afterEach, describe, expect, it } from 'vitest';
import PaperHistograms from '../../../../renderer/src/components/papers/PaperHistograms.vue';
import type { Checkpoint, Histogram } from '../../../../shared/engine/types';
import { createMemoryLab } from '../../helpers/memoryLab';
import { mountWithLab, settle, type Mounted } from '../../helpers/mount';
import { checkpointAt } from '../../helpers/seedRuns';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const h = (w: number): Histogram => ({ min: -w, max: w, counts: [1, 4, 1] });
const at = (iteration: number): Checkpoint => ({
  ...checkpointAt(iteration, 0.5, 0.5),
  histograms: [1, 2, 3].map((layer) => ({ layer, weights: h(1), activations: h(1), gradients: h(10 ** -layer) })),
});
const arms = [
  { label: 'Standard', checkpoints: [at(0), at(250), at(1500)] },
  { label: 'Normalized', checkpoints: [at(0), at(1500)] },
];
const titles = (el: HTMLElement) => [...el.querySelectorAll('section.chart-frame')].map((s) => s.getAttribute('aria-label'));

describe('PaperHistograms', () => {
  it("shows Glorot & Bengio's activation and back-propagated gradient histograms at initialization and after training", async () => {
    mounted = mountWithLab(PaperHistograms, createMemoryLab(), { tags: ['paper', 'paper:glorot2010'], arms, theme: 'light' });
    await settle();
    expect(titles(mounted.el)).toEqual([
      'Standard: activations at initialization',
      'Standard: back-propagated gradients dA at initialization',
      'Standard: activations after 1,500 updates',
      'Standard: back-propagated gradients dA after 1,500 updates',
    ]);
  });

  it('switches to another arm', async () => {
    mounted = mountWithLab(PaperHistograms, createMemoryLab(), { tags: ['paper:glorot2010'], arms, theme: 'light' });
    await settle();
    const select = mounted.el.querySelector('select') as HTMLSelectElement;
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(titles(mounted.el)[0]).toBe('Normalized: activations at initialization');
  });

  it("shows nothing on experiments of presets whose paper plots no histograms", async () => {
    mounted = mountWithLab(PaperHistograms, createMemoryLab(), { tags: ['paper:he2015'], arms, theme: 'light' });
    await settle();
    expect(mounted.el.querySelector('[data-paper-histograms]')).toBeNull();
  });
});
