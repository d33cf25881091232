import { afterEach, describe, expect, it } from 'vitest';
import { AI_NOTES_MNIST_EXPERIMENT } from '../../../shared/contract/ai-notes-preset';
import { COURSE_EXPERIMENT } from '../../../shared/contract/config';
import type { Checkpoint } from '../../../shared/engine/types';
import { createMemoryLab } from '../helpers/memoryLab';
import ExperimentView from '../../../renderer/src/views/ExperimentView.vue';
import { heRun } from '../helpers/fixtures';
import { mountWithLab, settle, texts, type Mounted } from '../helpers/mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

// a digit-like record: ten classes, one 28 × 28 sample image, a confusion matrix with 9 of 10 right per class
function mnistCheckpoint(iteration: number): Checkpoint {
  const confusion = Array.from({ length: 10 }, (_, t) => Array.from({ length: 10 }, (_, p) => (p === t ? 9 : p === (t + 1) % 10 ? 1 : 0)));
  return {
    iteration, cost: 0.5, trainAccuracy: 0.9, testAccuracy: 0.9, layers: [], boundary: null, confusion, perClassAccuracy: confusion.map(() => 0.9),
    predictionSample: { indices: [3], labels: [7], predicted: [1], confidence: [0.5], images: { width: 28, height: 28, pixels: new Uint8Array(784) } },
  };
}

async function open(experiment: unknown) {
  const lab = createMemoryLab();
  const res = await lab.api['experiments.start']({ experiment });
  if (!res.ok) throw new Error(res.error.message);
  return { lab, ...res.value };
}

describe('ExperimentView with image data', () => {
  it('shows the classes-and-images panel with one tab per arm for the MNIST preset', async () => {
    const { lab, experimentId, runIds } = await open(AI_NOTES_MNIST_EXPERIMENT);
    lab.finishRun(runIds[2], { ...heRun(), checkpoints: [mnistCheckpoint(0), mnistCheckpoint(800)] });
    mounted = mountWithLab(ExperimentView, lab, { id: experimentId, theme: 'light' });
    await settle(10);
    const panel = mounted.el.querySelector('section.images');
    expect(panel).not.toBeNull();
    expect(texts(panel!, '[role="tab"]')).toEqual(['Zero', 'Uniform U[±1/√n]', 'Xavier N(0, 1/n)', 'Standard normal N(0, 1)']);
    (panel!.querySelectorAll<HTMLButtonElement>('[role="tab"]')[2]).click();
    await settle(5);
    expect(panel!.querySelectorAll('rect[data-cell]')).toHaveLength(100);
    expect(panel!.querySelector('canvas[aria-label^="Test images"]')?.getAttribute('aria-label')).toContain('1 misclassified: 7 taken for 1');
  });

  it('counts the MNIST preset\'s 80 updates per epoch for the cost-per-epoch chart', async () => {
    const { lab, experimentId } = await open(AI_NOTES_MNIST_EXPERIMENT);
    mounted = mountWithLab(ExperimentView, lab, { id: experimentId, theme: 'light' });
    await settle(10);
    expect(mounted.el.querySelector('[aria-label="Cost per epoch"]')?.textContent).toContain('one epoch (80 updates)');
  });

  it('leaves the panel out for the course\'s two-class toy data', async () => {
    const { lab, experimentId } = await open(COURSE_EXPERIMENT);
    mounted = mountWithLab(ExperimentView, lab, { id: experimentId, theme: 'light' });
    await settle(10);
    expect(mounted.el.querySelector('section.images')).toBeNull();
  });
});
