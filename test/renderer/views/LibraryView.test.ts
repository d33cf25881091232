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
