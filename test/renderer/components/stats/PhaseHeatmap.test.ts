// The phase diagram's heat map: one rectangle per σ_w² × depth, the 6 ξ_c curve and the critical line over it.
import { afterEach, describe, expect, it } from 'vitest';
import type { SweepDetail } from '../../../../shared/contract/records';
import { createMemoryLab } from '../../helpers/memoryLab';
import PhaseHeatmap from '../../../../renderer/src/components/stats/PhaseHeatmap.vue';
import { mountWithLab, settle, type Mounted } from '../../helpers/mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const cell = (runId: string, scale: number, testAccuracy: number | null) => ({
  runId, scale, seed: 1, status: testAccuracy === null ? ('queued' as const) : ('done' as const), finalCost: null, trainAccuracy: null, testAccuracy,
});

const detail: SweepDetail = {
  id: 's1',
  name: 'phase',
  init: 'lecun_normal',
  scales: [1, 2, 3],
  seeds: [1],
  total: 6,
  finished: 5,
  status: 'running',
  cells: [cell('a', 1, 0.9), cell('b', 2, 0.8), cell('c', 3, 0.6), cell('d', 1, 0.5), cell('e', 2, 0.95), cell('f', 3, null)],
  phase: {
    width: 8,
    sigmaW2: [1, 2, 3],
    depths: [5, 40],
    sigmaB2: 0.05,
    criticalSigmaW2: 1.76,
    curve: [
      { sigmaW2: 1.5, depth: 80 },
      { sigmaW2: 1.76, depth: null },
      { sigmaW2: 2, depth: 120 },
      { sigmaW2: 3, depth: 45 },
    ],
    depthOf: { a: 5, b: 5, c: 5, d: 40, e: 40, f: 40 },
    dataset: 'mnist',
    classes: 10,
    iterations: 300,
    chance: 0.1,
  },
};

describe('PhaseHeatmap', () => {
  it('draws a cell per σ_w² and depth with its accuracy, the theory curve and the order-to-chaos line', async () => {
    mounted = mountWithLab(PhaseHeatmap, createMemoryLab(), { detail });
    await settle();
    const rects = [...mounted.el.querySelectorAll('[data-phase-cell]')];
    expect(rects).toHaveLength(6);
    const titles = rects.map((r) => r.querySelector('title')?.textContent);
    expect(titles).toContain('σ_w² 2, depth 40: test accuracy 95.0% (1 of 1 seeds)');
    expect(titles).toContain('σ_w² 3, depth 40: not trained yet (0 of 1 seeds)');
    // The curve's infinite point (the critical line) is left out; the other three are drawn.
    expect(mounted.el.querySelector('[data-phase-curve]')?.getAttribute('points')?.split(' ')).toHaveLength(3);
    expect(mounted.el.querySelector('[data-phase-critical]')).not.toBeNull();
  });

  it('spans the colours from chance for the data set: 10% for ten digits, 50% for two classes', async () => {
    mounted = mountWithLab(PhaseHeatmap, createMemoryLab(), { detail });
    await settle();
    const legend = () => [...mounted!.el.querySelectorAll('[data-phase-legend] text')].map((t) => t.textContent);
    expect(legend()).toEqual(['10.0%', '32.5%', '55.0%', '77.5%', '100.0%']);
    const fillOf = (title: string) => [...mounted!.el.querySelectorAll('[data-phase-cell]')].find((r) => r.querySelector('title')?.textContent?.startsWith(title))?.getAttribute('fill');
    // 50% lies above the bottom colour on digits, and is the bottom colour (chance) on two classes.
    const bottom = () => mounted!.el.querySelector('[data-phase-legend] rect')?.getAttribute('fill');
    expect(fillOf('σ_w² 1, depth 40')).not.toBe(bottom());
    mounted.unmount();
    mounted = mountWithLab(PhaseHeatmap, createMemoryLab(), { detail: { ...detail, phase: { ...detail.phase!, dataset: 'moons', classes: 2, chance: 0.5 } } });
    await settle();
    expect(legend()).toEqual(['50.0%', '62.5%', '75.0%', '87.5%', '100.0%']);
    expect(fillOf('σ_w² 1, depth 40')).toBe(bottom());
  });
});
