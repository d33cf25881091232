import { afterEach, describe, expect, it } from 'vitest';
import NetworkDiagram from '../../../../renderer/src/components/network/NetworkDiagram.vue';
import { COURSE_EXPERIMENT } from '../../../../shared/contract/config';
import type { Checkpoint, Params } from '../../../../shared/engine/types';
import { createMemoryLab, type MemoryLab } from '../../helpers/memoryLab';
import { mountWithLab, settle, type Mounted } from '../../helpers/mount';
import { checkpointAt } from '../../helpers/seedRuns';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const dims = [2, 3, 1];
const W = (s: number) => [Float64Array.from([s, -s, 2 * s, -2 * s, 3 * s, -3 * s]), Float64Array.from([s, s, -s])];
const cp = (iteration: number, s: number, g: number): Checkpoint => ({ ...checkpointAt(iteration, 0.5, 0.5, [1, 1]), params: { W: W(s), dW: W(g) } });
const arm = (checkpoints: Checkpoint[], runId = 'r1') => ({ label: 'He', color: '#0072B2', runId, status: 'done' as const, iterationsRun: 200, dims, checkpoints });

const lines = (el: HTMLElement) => [...el.querySelectorAll('[data-network-svg] line')];
const maxNote = (el: HTMLElement) => el.querySelector('[data-network] .chart-frame p')?.textContent?.trim();
function slideTo(el: HTMLElement, i: number) {
  const input = el.querySelector('input[type="range"]') as HTMLInputElement;
  input.value = String(i);
  input.dispatchEvent(new Event('input'));
}

describe('NetworkDiagram', () => {
  it('draws a column per layer and a link per weight, coloured by sign, at the last checkpoint first', async () => {
    mounted = mountWithLab(NetworkDiagram, createMemoryLab(), { arms: [arm([cp(0, 1, 0.1), cp(200, 2, 0.01)])] });
    await settle();
    expect([...mounted.el.querySelectorAll('[data-network-svg] .col-label')].map((t) => t.textContent)).toEqual(['input (2)', 'layer 1 (3)', 'output (1)']);
    expect(lines(mounted.el)).toHaveLength(2 * 3 + 3 * 1);
    expect(new Set(lines(mounted.el).map((l) => l.getAttribute('stroke')))).toEqual(new Set(['#0072B2', '#E69F00']));
    expect(maxNote(mounted.el)).toBe('Largest |weight| drawn: 6.');
    expect(mounted.el.textContent).toContain('iteration 200');
  });

  it('shows the chosen checkpoint, and the gradient dW instead of the weights when toggled', async () => {
    mounted = mountWithLab(NetworkDiagram, createMemoryLab(), { arms: [arm([cp(0, 1, 0.1), cp(200, 2, 0.01)])] });
    await settle();
    slideTo(mounted.el, 0);
    await settle();
    expect(maxNote(mounted.el)).toBe('Largest |weight| drawn: 3.');
    const gradient = mounted.el.querySelector('input[value="gradients"]') as HTMLInputElement;
    gradient.click();
    await settle();
    expect(maxNote(mounted.el)).toBe('Largest |gradient dW| drawn: 0.3.');
    expect(lines(mounted.el)[0].querySelector('title')?.textContent).toMatch(/gradient dW/);
  });

  it("falls back to the run's start and end weights when its checkpoints kept none (a net over 4,096 weights)", async () => {
    const lab: MemoryLab = createMemoryLab();
    const res = await lab.api['experiments.start']({ experiment: { ...COURSE_EXPERIMENT, arms: [COURSE_EXPERIMENT.arms[2]] } });
    if (!res.ok) throw new Error(res.error.message);
    const { runIds } = res.value;
    const params = (s: number): Params => ({ dims, W: W(s), b: [new Float64Array(3), new Float64Array(1)] });
    lab.finishRun(runIds[0], { costs: [], checkpoints: [checkpointAt(0, 0.5, 0.5), checkpointAt(200, 0.9, 0.9)], trainAccuracy: 0.9, testAccuracy: 0.9, finalCost: 0.1, initialParams: params(1), finalParams: params(5) });
    mounted = mountWithLab(NetworkDiagram, lab, { arms: [arm([checkpointAt(0, 0.5, 0.5), checkpointAt(200, 0.9, 0.9)], runIds[0])] });
    await settle(10);
    expect(maxNote(mounted.el)).toBe('Largest |weight| drawn: 15.');
    expect((mounted.el.querySelector('input[value="gradients"]') as HTMLInputElement).disabled).toBe(true);
    expect(mounted.el.textContent).toContain('more than 4,096 weights');
  });
});
