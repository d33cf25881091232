import { afterEach, describe, expect, it } from 'vitest';
import { paperPresetTags } from '../../../../shared/contract/papers/group';
import { HE_2015 } from '../../../../shared/contract/papers/he2015';
import { SAXE_2014 } from '../../../../shared/contract/papers/saxe2014';
import type { RunDetail, RunSummary } from '../../../../shared/contract/records';
import { createMemoryLab, type MemoryLab } from '../../helpers/memoryLab';
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

/**
 * Starts every Saxe experiment as one click does and finishes each run but those `queued` keeps, at a learning time
 * by arm and depth (null: never); returns the last experiment's id and its runs as the page holds them.
 */
async function saxeClick(lab: MemoryLab, times: Record<string, (number | null)[]>, queued: (r: RunDetail) => boolean = () => false) {
  const tags = paperPresetTags(SAXE_2014, '2026-01-01T00:00:00.000Z');
  const ids: string[] = [];
  for (const experiment of SAXE_2014.experiments) {
    const res = await lab.api['experiments.start']({ experiment, name: experiment.name, tags });
    if (res.ok) ids.push(res.value.experimentId);
  }
  const depths = [2, 8, 32];
  for (const r of [...lab.runs.values()].filter((x) => !queued(x))) {
    const at = times[r.arm][depths.indexOf(r.config.network.dims.length - 2)];
    const costs = [{ iteration: 0, cost: 2.3 }, ...(at === null ? [] : [{ iteration: at, cost: 0.5 }]), { iteration: 295, cost: 1 }];
    lab.finishRun(r.id, { costs, checkpoints: [], trainAccuracy: 0.9, testAccuracy: 0.9, finalCost: 1 });
  }
  const last = ids[ids.length - 1];
  const runs = [...lab.runs.values()].filter((r) => r.experimentId === last);
  return { tags, last, runs: runs.map((r) => ({ summary: r as RunSummary, config: r.config, costs: r.costs, checkpoints: r.checkpoints })) };
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

  it('judges a preset of several experiments on the runs of every experiment the same click started', async () => {
    const lab = createMemoryLab();
    const { tags, last, runs } = await saxeClick(lab, { Orthogonal: [20, 45, 55], Gaussian: [40, 90, null] });
    mounted = mountWithLab(PaperFinding, lab, { tags, runs, experimentId: last });
    await settle(20);
    const text = mounted.el.textContent ?? '';
    expect(text).toContain(SAXE_2014.finding);
    expect(text).toContain('Reproduced — best iterations to a cost of 0.6');
    expect(text).toContain('2 layers: 20 (lr 0.0833) vs 40 (lr 0.0833); 8 layers: 45 (lr 0.0278) vs 90 (lr 0.0278); 32 layers: 55 (lr 0.00758) vs ≥300');
  });

  it('says not reproduced when the group\'s runs say so', async () => {
    const lab = createMemoryLab();
    const { tags, last, runs } = await saxeClick(lab, { Orthogonal: [20, 45, 55], Gaussian: [40, 90, 100] });
    mounted = mountWithLab(PaperFinding, lab, { tags, runs, experimentId: last });
    await settle(20);
    expect(mounted.el.textContent).toContain('Not reproduced');
  });

  it('waits for the other experiments\' runs', async () => {
    const lab = createMemoryLab();
    const first = (r: RunDetail) => r.experimentId === 'e1';
    const { tags, last, runs } = await saxeClick(lab, { Orthogonal: [20, 45, 55], Gaussian: [40, 90, null] }, first);
    mounted = mountWithLab(PaperFinding, lab, { tags, runs, experimentId: last });
    await settle(20);
    expect(mounted.el.textContent).toContain('Pending — Waiting for the runs to finish.');
  });

  it('shows nothing for an experiment not started from a paper', async () => {
    mounted = mountWithLab(PaperFinding, createMemoryLab(), { tags: ['course'], runs: [] });
    await settle();
    expect(mounted.el.querySelector('.paper-finding')).toBeNull();
  });
});
