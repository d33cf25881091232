import { afterEach, describe, expect, it } from 'vitest';
import InsidePanel from '../../../renderer/src/components/InsidePanel.vue';
import type { DatasetPoints } from '../../../renderer/src/lib/boundary/datasetPoints';
import type { Checkpoint, Histogram } from '../../../shared/engine/types';
import { createMemoryLab } from '../helpers/memoryLab';
import { mountWithLab, settle, type Mounted } from '../helpers/mount';
import { checkpointAt, runConfig, seedRun } from '../helpers/seedRuns';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const h = (min: number, max: number): Histogram => ({ min, max, counts: [1, 3, 1] });

function withHistograms(c: Checkpoint, gradients: boolean): Checkpoint {
  return { ...c, histograms: [1, 2, 3].map((layer) => ({ layer, weights: h(-1, 1), activations: h(0, 1), ...(gradients ? { gradients: h(-1e-3, 1e-3) } : {}) })) };
}

function mount(points: DatasetPoints | null, gradients = true) {
  const run = seedRun({ arm: 'he', seed: 1, config: runConfig('he'), checkpoints: [withHistograms(checkpointAt(0, 0.5, 0.5), gradients)] });
  const live = { ...run, progress: null, lastEventAt: 0 };
  mounted = mountWithLab(InsidePanel, createMemoryLab(), { rows: [{ run: live, look: { label: 'He', color: '#222' }, points }], theme: 'light' });
}

const titles = (el: HTMLElement) => [...el.querySelectorAll('.hists section.chart-frame')].map((s) => s.getAttribute('aria-label'));

describe('InsidePanel', () => {
  it('gives the histograms the whole width when there is no boundary to draw (more than two features)', async () => {
    mount(null);
    await settle();
    const grid = mounted!.el.querySelector('[data-inside-grid]')!;
    expect(grid.classList.contains('no-boundary')).toBe(true);
    // the boundary's column is not reserved: the grid's only child is the histograms
    expect([...grid.children].map((c) => c.className)).toEqual(['hists']);
  });

  it('keeps the boundary beside the histograms for two features', async () => {
    mount({ train: [], test: [] } as unknown as DatasetPoints);
    await settle();
    expect(mounted!.el.querySelector('[data-inside-grid]')!.classList.contains('no-boundary')).toBe(false);
  });

  it('shows the back-propagated gradients (dA) beside the weights and activations, per layer', async () => {
    mount(null);
    await settle();
    expect(titles(mounted!.el)).toEqual(['Weights · iteration 0', 'Activations · iteration 0', 'Back-propagated gradients dA · iteration 0']);
  });

  it('leaves the gradient chart out for checkpoints recorded before dA histograms', async () => {
    mount(null, false);
    await settle();
    expect(titles(mounted!.el)).toEqual(['Weights · iteration 0', 'Activations · iteration 0']);
  });
});
