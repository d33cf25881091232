import { afterEach, describe, expect, it } from 'vitest';
import { PAPER_PRESETS } from '../../../../shared/contract/papers';
import { GLOROT_2010_EXPERIMENT } from '../../../../shared/contract/papers/glorot2010';
import { HE_2015_EXPERIMENT } from '../../../../shared/contract/papers/he2015';
import { SAXE_2014_EXPERIMENTS } from '../../../../shared/contract/papers/saxe2014';
import { createMemoryLab } from '../../helpers/memoryLab';
import StartView from '../../../../renderer/src/views/StartView.vue';
import { mountWithLab, settle, type Mounted } from '../../helpers/mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function clickOnStartPage(text: string) {
  const lab = createMemoryLab();
  const went: string[] = [];
  mounted = mountWithLab(StartView, lab, { onNavigate: (to: string) => went.push(to) });
  await settle();
  const button = [...mounted.el.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  expect(button).toBeDefined();
  button!.click();
  await settle(20);
  return { lab, went, starts: lab.calls.filter((c) => c.name === 'experiments.start').map((c) => c.input) };
}

describe('the start page\'s paper presets', () => {
  it('shows each paper\'s finding beside its button', async () => {
    mounted = mountWithLab(StartView, createMemoryLab());
    await settle();
    const text = mounted.el.querySelector('section.papers')?.textContent ?? '';
    for (const p of PAPER_PRESETS) expect(text).toContain(p.finding);
  });

  it('starts He et al. 2015 in one click, tagged with the paper, and opens it', async () => {
    const { lab, went, starts } = await clickOnStartPage('Reproduce He et al. 2015');
    expect(starts).toEqual([{ experiment: HE_2015_EXPERIMENT, name: HE_2015_EXPERIMENT.name, tags: ['paper', 'paper:he2015'] }]);
    expect(went).toEqual([`/experiment/${[...lab.experiments.keys()][0]}`]);
  });

  it('starts Glorot & Bengio 2010 in one click', async () => {
    const { starts } = await clickOnStartPage('Reproduce Glorot & Bengio 2010');
    expect(starts).toEqual([{ experiment: GLOROT_2010_EXPERIMENT, name: GLOROT_2010_EXPERIMENT.name, tags: ['paper', 'paper:glorot2010'] }]);
  });

  it('starts every experiment of Saxe et al. 2014 in one click, tagged as one group, and opens the last', async () => {
    const { lab, went, starts } = await clickOnStartPage('Reproduce Saxe et al. 2014');
    const group = (starts[0] as { tags: string[] }).tags[2];
    expect(group).toMatch(/^paper:saxe2014@\d{4}-\d\d-\d\dT/);
    expect(starts).toEqual(SAXE_2014_EXPERIMENTS.map((e) => ({ experiment: e, name: e.name, tags: ['paper', 'paper:saxe2014', group] })));
    const ids = [...lab.experiments.keys()];
    expect(ids).toHaveLength(SAXE_2014_EXPERIMENTS.length);
    expect(went).toEqual([`/experiment/${ids[ids.length - 1]}`]);
  });
});
