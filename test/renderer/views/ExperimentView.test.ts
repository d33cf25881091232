import { afterEach, describe, expect, it } from 'vitest';
import { COURSE_EXPERIMENT } from '../../../shared/contract/config';
import { createMemoryLab, type MemoryLab } from '../helpers/memoryLab';
import ExperimentView from '../../../renderer/src/views/ExperimentView.vue';
import { heRun, randomRun, zerosRun } from '../helpers/fixtures';
import { mountWithLab, settle, texts, type Mounted } from '../helpers/mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function startCourse(lab: MemoryLab) {
  const res = await lab.api['experiments.start']({ experiment: COURSE_EXPERIMENT, name: 'Reproduce the course' });
  if (!res.ok) throw new Error(res.error.message);
  return res.value;
}

describe('ExperimentView', () => {
  it('shows one card per arm in the course order, with the usual names', async () => {
    const lab = createMemoryLab();
    const { experimentId } = await startCourse(lab);
    mounted = mountWithLab(ExperimentView, lab, { id: experimentId, theme: 'light' });
    await settle();
    expect(texts(mounted.el, '.arm-title')).toEqual(['Zeros', 'Random ×10', 'He']);
  });

  it("writes an arm's weight multiplier into its card's formula", async () => {
    const lab = createMemoryLab();
    const experiment = { ...COURSE_EXPERIMENT, arms: [{ label: 'he', init: { name: 'he', params: {}, bias: 0 } }, { label: 'he ×2', init: { name: 'he', params: {}, bias: 0, multiplier: 2 } }] };
    const res = await lab.api['experiments.start']({ experiment });
    if (!res.ok) throw new Error(res.error.message);
    mounted = mountWithLab(ExperimentView, lab, { id: res.value.experimentId, theme: 'light' });
    await settle();
    expect(texts(mounted.el, '.formula')).toEqual(['W = randn · √(2/fan_in)', 'W = 2 × randn · √(2/fan_in)']);
  });

  it('opens with a verdict ranking the arms by final test accuracy in plain words', async () => {
    const lab = createMemoryLab();
    const { experimentId, runIds } = await startCourse(lab);
    mounted = mountWithLab(ExperimentView, lab, { id: experimentId, theme: 'light' });
    await settle();
    lab.finishRun(runIds[0], zerosRun());
    lab.finishRun(runIds[1], randomRun());
    lab.finishRun(runIds[2], heRun());
    await settle(10);
    expect(texts(mounted.el, '[data-verdict] .headline')).toEqual(['He reached 96.0% test accuracy; Random ×10 86.0% test accuracy; Zeros stalled at 50.0% test accuracy (chance).']);
  });

  it('shows each arm\'s final accuracies as percentages with one decimal once the runs finish', async () => {
    const lab = createMemoryLab();
    const { experimentId, runIds } = await startCourse(lab);
    mounted = mountWithLab(ExperimentView, lab, { id: experimentId, theme: 'light' });
    await settle();
    lab.finishRun(runIds[0], zerosRun());
    lab.finishRun(runIds[1], randomRun());
    lab.finishRun(runIds[2], heRun());
    await settle(10);
    expect(texts(mounted.el, '[data-metric="train-accuracy"]')).toEqual(['50.0%', '83.0%', '99.3%']);
    expect(texts(mounted.el, '[data-metric="test-accuracy"]')).toEqual(['50.0%', '86.0%', '96.0%']);
  });

  it("shows a run that failed because it was not stored as failed, with the store's reason naming the file", async () => {
    const lab = createMemoryLab();
    const { experimentId, runIds } = await startCourse(lab);
    mounted = mountWithLab(ExperimentView, lab, { id: experimentId, theme: 'light' });
    await settle();
    const reason = 'not stored: /data/lab/lab.sqlite: could not store the result of run r1: database or disk is full';
    lab.finishRun(runIds[0], zerosRun());
    lab.finishRun(runIds[2], { ...heRun(), status: 'failed', errorMessage: reason });
    await settle(10);
    const card = mounted.el.querySelectorAll('.arm')[2];
    expect(card.querySelector('.badge')?.textContent?.trim()).toBe('Failed');
    expect(card.querySelector('.alert')?.textContent?.trim()).toBe(reason);
    expect(mounted.el.querySelectorAll('.arm')[0].querySelector('.alert')).toBeNull();
    expect(texts(mounted.el, '[data-failures] p')).toEqual(['1 of 3 runs failed:']);
    expect(texts(mounted.el, '[data-failures] li')).toEqual([reason]);
  });

  it('says at the top of the page that a seed failed and why, though its arm shows another seed', async () => {
    const lab = createMemoryLab();
    const res = await lab.api['experiments.start']({ experiment: { ...COURSE_EXPERIMENT, seeds: { init: [1, 2, 3], data: null } } });
    if (!res.ok) throw new Error(res.error.message);
    mounted = mountWithLab(ExperimentView, lab, { id: res.value.experimentId, theme: 'light' });
    await settle();
    const failed = res.value.runIds.filter((id) => lab.runs.get(id)?.initSeed === 3);
    const reason = 'not stored: /data/lab/lab.sqlite: database or disk is full';
    for (const id of res.value.runIds) lab.finishRun(id, failed.includes(id) ? { ...heRun(), status: 'failed', errorMessage: reason } : heRun());
    await settle(10);
    expect(mounted.el.querySelectorAll('.arm .alert')).toHaveLength(0);
    expect(texts(mounted.el, '[data-failures] p')).toEqual(['3 of 9 runs failed:']);
    expect(texts(mounted.el, '[data-failures] li')).toEqual([reason]);
  });

  it('shows no failure note when every run finished', async () => {
    const lab = createMemoryLab();
    const { experimentId, runIds } = await startCourse(lab);
    mounted = mountWithLab(ExperimentView, lab, { id: experimentId, theme: 'light' });
    lab.finishRun(runIds[0], zerosRun());
    lab.finishRun(runIds[1], randomRun());
    lab.finishRun(runIds[2], heRun());
    await settle(10);
    expect(mounted.el.querySelector('[data-failures]')).toBeNull();
  });

  it('explains the random arm\'s infinite costs in a note under the cost chart', async () => {
    const lab = createMemoryLab();
    const { experimentId, runIds } = await startCourse(lab);
    lab.finishRun(runIds[1], randomRun());
    mounted = mountWithLab(ExperimentView, lab, { id: experimentId, theme: 'light' });
    await settle(10);
    const notes = texts(mounted.el, '.gap-notes li');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('Random ×10');
    expect(notes[0]).toContain('infinite at 2 recorded iterations');
  });

  it('names symmetry for zeros and saturated outputs for random ×10 among the findings', async () => {
    const lab = createMemoryLab();
    const { experimentId, runIds } = await startCourse(lab);
    lab.finishRun(runIds[0], zerosRun());
    lab.finishRun(runIds[1], randomRun());
    lab.finishRun(runIds[2], heRun());
    mounted = mountWithLab(ExperimentView, lab, { id: experimentId, theme: 'light' });
    await settle(10);
    const cards = [...mounted.el.querySelectorAll('article.arm')];
    const kinds = cards.map((c) => [...c.querySelectorAll('.insight')].map((i) => i.getAttribute('data-kind')));
    expect(kinds[0]).toContain('symmetry');
    expect(kinds[1]).toEqual(expect.arrayContaining(['saturated_outputs', 'infinite_loss', 'exploding_activations']));
    expect(kinds[2]).toEqual(['healthy']);
  });

  it('moves a training arm\'s progress bar from progress events and cancels it on request', async () => {
    const lab = createMemoryLab();
    const { experimentId, runIds } = await startCourse(lab);
    mounted = mountWithLab(ExperimentView, lab, { id: experimentId, theme: 'light' });
    await settle();
    lab.emit({ type: 'run.started', runId: runIds[2], experimentId, startedAt: '2026-01-01T00:00:00Z', iterations: 15000 });
    lab.emit({ type: 'run.progress', runId: runIds[2], experimentId, iteration: 7500, iterations: 15000, cost: 0.3, elapsedSeconds: 1, secondsLeft: 1 });
    // live events are applied in batches a few times a second
    await new Promise((r) => setTimeout(r, 300));
    await settle();
    const bar = mounted.el.querySelector(`[data-run-id="${runIds[2]}"] [role="progressbar"]`);
    expect(bar?.getAttribute('aria-valuenow')).toBe('7500');
    expect(bar?.getAttribute('aria-valuetext')).toContain('1 s left');
    const cancel = mounted.el.querySelector<HTMLButtonElement>(`[data-run-id="${runIds[2]}"] button[aria-label="Cancel He"]`);
    cancel?.click();
    await settle();
    expect(lab.calls.some((c) => c.name === 'runs.cancel' && (c.input as { id: string }).id === runIds[2])).toBe(true);
  });
});
