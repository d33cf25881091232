import { afterEach, describe, expect, it } from 'vitest';
import { COURSE_EXPERIMENT } from '../../../shared/contract/config';
import { createMemoryLab } from '../helpers/memoryLab';
import LibraryView from '../../../renderer/src/views/LibraryView.vue';
import { mountWithLab, settle, texts, type Mounted } from '../helpers/mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const tabs = (el: HTMLElement) => texts(el, '.tabs button');

describe('LibraryView while the service is unreachable', () => {
  it('shows no counts and says the runs are not affected, instead of "Runs (0)"', async () => {
    const lab = createMemoryLab();
    await lab.api['experiments.start']({ experiment: COURSE_EXPERIMENT });
    lab.setStatus('offline');
    mounted = mountWithLab(LibraryView, lab);
    await settle();
    expect(tabs(mounted.el)).toEqual(['Runs', 'Experiments']);
    expect(mounted.el.querySelector('[role="alert"]')?.textContent).toMatch(/not reachable.*not affected/);
  });

  it('lists the runs by itself once the service is back', async () => {
    const lab = createMemoryLab();
    await lab.api['experiments.start']({ experiment: COURSE_EXPERIMENT });
    lab.setStatus('offline');
    mounted = mountWithLab(LibraryView, lab);
    await settle();
    lab.setStatus('online');
    await settle();
    expect(tabs(mounted.el)).toEqual(['Runs (3)', 'Experiments (1)']);
    expect(mounted.el.querySelector('[role="alert"]')).toBeNull();
  });
});

describe('LibraryView and sweeps', () => {
  async function labWithSweepRun() {
    const lab = createMemoryLab();
    const res = await lab.api['experiments.start']({ experiment: COURSE_EXPERIMENT });
    if (!res.ok) throw new Error(res.error.message);
    const id = res.value.runIds[0];
    const run = lab.runs.get(id);
    if (!run) throw new Error('no run');
    lab.runs.set(id, { ...run, sweep: { sweepId: 's-0a9j', scale: 2, seed: 1 }, tags: ['sweep:s-0a9j', 'mine'] });
    return lab;
  }

  it('leaves sweep runs out of the list until asked, so they do not bury the experiments', async () => {
    mounted = mountWithLab(LibraryView, await labWithSweepRun());
    await settle();
    expect(tabs(mounted.el)[0]).toBe('Runs (2)');
    expect(mounted.el.querySelectorAll('table.runs tbody tr')).toHaveLength(2);
    const box = [...mounted.el.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Sweep runs')?.querySelector('input') as HTMLInputElement;
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    await settle();
    expect(mounted.el.querySelectorAll('table.runs tbody tr')).toHaveLength(3);
  });

  it('never offers a sweep\'s id as a tag to filter by', async () => {
    mounted = mountWithLab(LibraryView, await labWithSweepRun());
    await settle();
    const label = [...mounted.el.querySelectorAll('label')].find((l) => l.querySelector('span')?.textContent === 'Tag');
    expect(texts(label as HTMLElement, 'option')).toEqual(['any', 'mine']);
  });
});
