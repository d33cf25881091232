// The one-click phase diagram card: what it will run, said before it runs.
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLab } from '../../helpers/memoryLab';
import PhaseStart from '../../../../renderer/src/components/stats/PhaseStart.vue';
import { mountWithLab, settle, type Mounted } from '../../helpers/mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('PhaseStart', () => {
  it('says the grid, the number of runs and that each trains briefly on the built-in MNIST digits', async () => {
    mounted = mountWithLab(PhaseStart, createMemoryLab(), {});
    await settle();
    const text = mounted.el.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('σ_w² 1–4 × depth up to 60 × 2 seeds (234 runs)');
    expect(text).toContain('300 SGD steps of 32) on the built-in MNIST digits');
  });
});
