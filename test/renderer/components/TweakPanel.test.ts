import { afterEach, describe, expect, it } from 'vitest';
import { COURSE_EXPERIMENT } from '../../../shared/contract/config';
import { createMemoryLab } from '../helpers/memoryLab';
import TweakPanel from '../../../renderer/src/components/TweakPanel.vue';
import { heRun } from '../helpers/fixtures';
import { mountWithLab, settle, type Mounted } from '../helpers/mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const arms = [
  { label: 'Zeros', color: '#000000', costs: [] },
  { label: 'Random ×10', color: '#111111', costs: [] },
  { label: 'He', color: '#222222', costs: [] },
];

function slide(el: HTMLElement, name: string, value: string) {
  const input = el.querySelector(`input[aria-label="${name}"]`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('TweakPanel', () => {
  it('reruns only the chosen arm when its multiplier slider moves, and keeps the rerun on request', async () => {
    const lab = createMemoryLab();
    const kept: string[] = [];
    mounted = mountWithLab(TweakPanel, lab, { config: COURSE_EXPERIMENT, arms, theme: 'light', onKept: (id: string) => kept.push(id) });
    await settle();
    const select = mounted.el.querySelector('select') as HTMLSelectElement;
    select.value = '2';
    select.dispatchEvent(new Event('change'));
    slide(mounted.el, 'Weight multiplier', '1');
    await new Promise((r) => setTimeout(r, 250));
    await settle();
    const starts = lab.calls.filter((c) => c.name === 'experiments.start');
    expect(starts).toHaveLength(1);
    const started = (starts[0].input as { experiment: { arms: { init: { name: string; multiplier?: number } }[] } }).experiment;
    expect(started.arms.map((a) => [a.init.name, a.init.multiplier])).toEqual([['he', 2]]);
    const [runId] = [...lab.runs.keys()];
    lab.finishRun(runId, heRun());
    await settle(10);
    const keep = [...mounted.el.querySelectorAll('button')].find((b) => b.textContent?.includes('Keep')) as HTMLButtonElement;
    keep.click();
    await settle();
    expect(kept).toHaveLength(1);
  });

  it('replaces the previous rerun when another slider moves, so reruns do not pile up', async () => {
    const lab = createMemoryLab();
    mounted = mountWithLab(TweakPanel, lab, { config: COURSE_EXPERIMENT, arms, theme: 'light' });
    await settle();
    slide(mounted.el, 'Learning rate', '-1');
    await new Promise((r) => setTimeout(r, 250));
    await settle();
    slide(mounted.el, 'Iterations', '2000');
    await new Promise((r) => setTimeout(r, 250));
    await settle();
    expect(lab.calls.filter((c) => c.name === 'experiments.start')).toHaveLength(2);
    expect(lab.calls.filter((c) => c.name === 'experiments.delete')).toHaveLength(1);
    expect(lab.experiments.size).toBe(1);
  });
});
