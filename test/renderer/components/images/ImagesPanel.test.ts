import { afterEach, describe, expect, it } from 'vitest';
import type { RunDetail, RunSummary } from '../../../../shared/contract/records';
import type { Checkpoint, Params } from '../../../../shared/engine/types';
import { AI_NOTES_MNIST_EXPERIMENT } from '../../../../shared/contract/ai-notes-preset';
import { expandExperiment } from '../../../../shared/contract/config';
import { createMemoryLab } from '../../helpers/memoryLab';
import ImagesPanel from '../../../../renderer/src/components/images/ImagesPanel.vue';
import type { LiveRun } from '../../../../renderer/src/stores/experimentRuns';
import { mountWithLab, settle, texts, type Mounted } from '../../helpers/mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const classes = ['0', '1', '2'];
const runConfig = expandExperiment(AI_NOTES_MNIST_EXPERIMENT)[0];
const side = 2; // 2 × 2 "images" keep the fixtures small

function summary(id: string, status: RunSummary['status'] = 'done'): RunSummary {
  return {
    id, experimentId: 'e1', name: id, arm: id, status, dataset: 'mnist', init: 'zeros', initSeed: 1, dataSeed: null, iterations: 4, iterationsRun: 4,
    trainAccuracy: 0.5, testAccuracy: 0.5, finalCost: 1, divergedAt: null, firstNonFiniteIteration: null, errorMessage: null, engineVersion: 'x',
    createdAt: '', startedAt: null, finishedAt: null, trainSeconds: 1, tags: [], notes: '', sweep: null,
  };
}

function checkpoint(iteration: number): Checkpoint {
  return {
    iteration, cost: 1, trainAccuracy: 0.5, testAccuracy: 0.5, layers: [], boundary: null,
    histograms: [{ layer: 1, weights: { min: -1, max: 1, counts: [1, 1] }, activations: { min: -1, max: 1, counts: [3, 1] } }],
    confusion: [[2, 1, 0], [0, 3, 0], [0, 0, 4]],
    perClassAccuracy: [2 / 3, 1, 1],
    // two sampled images: a "0" taken for a "1", and a "2" read right
    predictionSample: { indices: [0, 9], labels: [0, 2], predicted: [1, 2], confidence: [0.6, 0.9], images: { width: side, height: side, pixels: Uint8Array.from([0, 255, 0, 255, 9, 9, 9, 9]) } },
  };
}

function live(id: string, checkpoints: Checkpoint[]): LiveRun {
  return { summary: summary(id), config: null, costs: [0, 1, 2, 3].map((i) => ({ iteration: i, cost: 2 - i * 0.25 })), checkpoints, progress: null, detailed: 'final', lastEventAt: 0 };
}

function params(scale: number): Params {
  return { dims: [4, 2, 3], W: [Float64Array.from([1, -1, 0, 0.5, 0, 0, 0, 0].map((v) => v * scale)), new Float64Array(6)], b: [new Float64Array(2), new Float64Array(3)] };
}

async function mount(rows: LiveRun[], perEpoch: number | null = 2) {
  const lab = createMemoryLab();
  for (const r of rows) {
    const detail: RunDetail = { ...r.summary, config: runConfig, classes, costs: r.costs, checkpoints: r.checkpoints, initialParams: params(1), finalParams: params(2) };
    lab.runs.set(r.summary.id, detail);
  }
  mounted = mountWithLab(ImagesPanel, lab, {
    rows: rows.map((run, i) => ({ run, look: { label: run.summary.id, color: ['#D55E00', '#0072B2'][i] } })),
    classes,
    image: { width: side, height: side },
    iterationsPerEpoch: perEpoch,
  });
  await settle(8);
  return { el: mounted.el, lab };
}

describe('ImagesPanel', () => {
  it('offers one tab per run and shows the first run\'s views', async () => {
    const { el } = await mount([live('xavier', [checkpoint(0), checkpoint(4)]), live('zero', [checkpoint(0)])]);
    expect(texts(el, '[role="tab"]')).toEqual(['xavier', 'zero']);
    expect(el.querySelector('[role="tabpanel"]')?.getAttribute('aria-label')).toBe('xavier');
    expect(el.textContent).toContain('At iteration 4, on the test set.');
  });

  it('names every sampled test image and the misclassified ones in the image grid\'s label', async () => {
    const { el } = await mount([live('xavier', [checkpoint(4)])]);
    const label = el.querySelector('[aria-label^="Test images · xavier"] canvas')?.getAttribute('aria-label');
    expect(label).toBe('Test images · xavier: 2 test images, 1 misclassified: 0 taken for 1, 2');
    expect(el.textContent).toContain('1 of 2 misclassified');
  });

  it('draws the confusion matrix of the latest checkpoint', async () => {
    const { el } = await mount([live('xavier', [checkpoint(4)])]);
    expect(el.querySelectorAll('rect[data-cell]')).toHaveLength(9);
    expect(el.querySelector('rect[data-cell="0-1"] title')?.textContent).toBe('true 0, predicted 1: 1 (33.3% of 0)');
  });

  it('fetches the first layer\'s weights without costs or checkpoints and draws the final ones of a finished run', async () => {
    const { el, lab } = await mount([live('xavier', [checkpoint(4)])]);
    expect(lab.calls.filter((c) => c.name === 'runs.get').map((c) => c.input)).toEqual([{ id: 'xavier', include: { costs: false, checkpoints: false, params: true } }]);
    const label = el.querySelector('[aria-label^="First-layer weights · xavier"] canvas')?.getAttribute('aria-label');
    // final W[0] = 2 × [1, −1, 0, 0.5 | 0 …]: two units, full colour at ±2
    expect(label).toBe('First-layer weights · xavier: the incoming weights of 2 first-layer units as 2 × 2 images, blue negative, orange positive, full colour at ±2');
  });

  it('says when the predictions have not arrived yet', async () => {
    const { el } = await mount([live('xavier', [])]);
    expect(el.textContent).toContain('The test predictions appear at the first checkpoint.');
  });

  it('shows cost per epoch only when the updates per epoch are known', async () => {
    expect((await mount([live('a', [checkpoint(4)])], 2)).el.querySelector('[aria-label="Cost per epoch"]')).not.toBeNull();
    mounted?.unmount();
    expect((await mount([live('a', [checkpoint(4)])], null)).el.querySelector('[aria-label="Cost per epoch"]')).toBeNull();
  });
});
