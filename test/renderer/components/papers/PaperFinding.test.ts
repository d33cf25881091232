import { afterEach, describe, expect, it } from 'vitest';
import { HE_2015 } from '../../../../shared/contract/papers/he2015';
import type { RunSummary } from '../../../../shared/contract/records';
import { createMemoryLab } from '../../helpers/memoryLab';
import PaperFinding from '../../../../renderer/src/components/papers/PaperFinding.vue';
import { mountWithLab, settle, type Mounted } from '../../helpers/mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function liveRun(arm: string, status: RunSummary['status'], trainAccuracy: number, firstCost: number, finalCost: number) {
  return {
    summary: { arm, status, trainAccuracy, finalCost } as RunSummary,
    config: { network: { dims: [2, ...Array<number>(30).fill(16), 1] } },
    costs: [{ iteration: 0, cost: firstCost }],
    checkpoints: [],
  };
}

describe('the paper finding on the experiment page', () => {
  it('states the finding and that this run reproduced it', async () => {
    mounted = mountWithLab(PaperFinding, createMemoryLab(), { tags: ['paper', HE_2015.tag], runs: [liveRun('Xavier', 'done', 0.76, 0.693, 0.691), liveRun('He', 'done', 1, 0.71, 0.11)] });
    await settle();
    const text = mounted.el.textContent ?? '';
    expect(text).toContain(HE_2015.finding);
    expect(text).toContain('Reproduced — He reached 100.0% train accuracy');
  });

  it('says pending while a run trains', async () => {
    mounted = mountWithLab(PaperFinding, createMemoryLab(), { tags: [HE_2015.tag], runs: [liveRun('Xavier', 'running', 0.5, 0.69, 0.69), liveRun('He', 'done', 1, 0.71, 0.11)] });
    await settle();
    expect(mounted.el.textContent).toContain('Pending');
  });

  it('shows nothing for an experiment not started from a paper', async () => {
    mounted = mountWithLab(PaperFinding, createMemoryLab(), { tags: ['course'], runs: [] });
    await settle();
    expect(mounted.el.querySelector('.paper-finding')).toBeNull();
  });
});
