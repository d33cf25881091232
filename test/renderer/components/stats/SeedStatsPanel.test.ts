import { afterEach, describe, expect, it } from 'vitest';
import { ExperimentConfigSchema } from '../../../../shared/contract/config';
import { createMemoryLab } from '../../helpers/memoryLab';
import SeedStatsPanel from '../../../../renderer/src/components/stats/SeedStatsPanel.vue';
import ExperimentView from '../../../../renderer/src/views/ExperimentView.vue';
import { checkpointAt, runConfig, seedRun } from '../../helpers/seedRuns';
import { mountWithLab, settle, texts, type Mounted } from '../../helpers/mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const config = ExperimentConfigSchema.parse({
  base: { iterations: 100 },
  arms: [{ init: { name: 'he_normal' } }, { init: { name: 'xavier_normal' } }],
  seeds: { init: [1, 2, 3] },
});
const costs = (...ys: number[]) => ys.map((cost, i) => ({ iteration: i * 50, cost }));

function runs() {
  const he = runConfig('he_normal');
  const xavier = runConfig('xavier_normal');
  return [
    seedRun({ arm: 'he_normal', seed: 1, config: he, testAccuracy: 0.96, trainAccuracy: 0.99, finalCost: 0.08, costs: costs(0.7, 0.2, 0.08), checkpoints: [checkpointAt(0, 0.5, 0.5, [1.1, 1, 0.9])] }),
    seedRun({ arm: 'he_normal', seed: 2, config: he, testAccuracy: 0.95, trainAccuracy: 0.98, finalCost: 0.09, costs: costs(0.7, 0.3, 0.09), checkpoints: [checkpointAt(0, 0.5, 0.5, [1, 1, 1])] }),
    seedRun({ arm: 'he_normal', seed: 3, config: he, testAccuracy: 0.97, trainAccuracy: 0.99, finalCost: 0.07, costs: costs(0.7, 0.25, 0.07), checkpoints: [checkpointAt(0, 0.5, 0.5, [0.9, 1, 1.2])] }),
    seedRun({ arm: 'xavier_normal', seed: 1, config: xavier, testAccuracy: 0.8, trainAccuracy: 0.82, finalCost: 0.4, costs: costs(0.69, 0.5, 0.4) }),
    seedRun({ arm: 'xavier_normal', seed: 2, config: xavier, testAccuracy: 0.81, trainAccuracy: 0.83, finalCost: 0.42, costs: costs(0.69, 0.55, 0.42) }),
    seedRun({ arm: 'xavier_normal', seed: 3, config: xavier, status: 'diverged', testAccuracy: 0.5, trainAccuracy: 0.5, finalCost: null, costs: costs(0.69, Infinity, NaN) }),
  ];
}

describe('SeedStatsPanel', () => {
  it('tabulates each arm\'s final metrics over its seeds, with the target-loss reach', async () => {
    mounted = mountWithLab(SeedStatsPanel, createMemoryLab(), { runs: runs(), config, theme: 'light', throttleMs: 0 });
    await settle();
    const he = mounted.el.querySelector('[data-stats-table="distribution"] tbody[data-arm="He normal"]') as HTMLElement;
    const test = texts(he, '[data-metric-row="testAccuracy"] td');
    // Test accuracy | n | mean | std | median | min | max
    expect(test.slice(0, 7)).toEqual(['Test accuracy', '3', '96.0%', '1.0%', '96.0%', '95.0%', '97.0%']);
    // target 0.2: seed 1 reaches it at iteration 50, seeds 2 and 3 at 100 → median 100
    expect(texts(he, '[data-reach]')[0]).toMatch(/^100\.0%\s+3 of 3$/);
    expect(texts(he, '[data-reach-iteration]')).toEqual(['100']);
  });

  it('counts the diverged seed\'s cost apart instead of averaging it', async () => {
    mounted = mountWithLab(SeedStatsPanel, createMemoryLab(), { runs: runs(), config, theme: 'light', throttleMs: 0 });
    await settle();
    const xavier = mounted.el.querySelector('tbody[data-arm="Xavier normal"] [data-metric-row="finalCost"]') as HTMLElement;
    const cells = texts(xavier, 'td');
    expect(cells[1]).toBe('2 +1 ∞');
    expect(cells[2]).toBe('0.41');
  });

  it('compares the two arms on the chosen metric and reads the result in one line', async () => {
    mounted = mountWithLab(SeedStatsPanel, createMemoryLab(), { runs: runs(), config, theme: 'light', throttleMs: 0 });
    await settle();
    const row = mounted.el.querySelector('[data-stats-table="pairwise"] tbody') as HTMLElement;
    expect(row.getAttribute('data-pair')).toBe('He normal vs Xavier normal');
    for (const stat of ['meanDiff', 'ci95', 'welchP', 'mannWhitneyP', 'cohenD', 'cliffDelta']) {
      expect(texts(row, `[data-stat="${stat}"]`)[0]).toMatch(/\d/);
    }
    // the diverged Xavier seed (50%) keeps the difference unclear with 3 seeds: Welch p = 0.127 (scipy), d = 2.06
    expect(texts(row, '.reading')[0]).toBe('No clear difference between He normal and Xavier normal on test accuracy (p = 0.13, large effect)');
    const select = mounted.el.querySelector<HTMLSelectElement>('[data-seed-stats] select[id$="-metric"]') as HTMLSelectElement;
    select.value = 'finalCost';
    select.dispatchEvent(new Event('change'));
    await settle();
    // the diverged seed's NaN cost is dropped: Welch p = 0.0029 (scipy) over 3 and 2 seeds
    expect(texts(mounted.el, '[data-stats-table="pairwise"] .reading')[0]).toBe('He normal < Xavier normal on final cost, p = 0.0029, large effect');
    expect(texts(mounted.el, '[data-stats-table="pairwise"] tbody tr:first-child td')[0]).toMatch(/^3, 2\s+\(−1 ∞\)$/);
  });

  it('explains the diverged seed\'s infinite costs under the cost chart', async () => {
    mounted = mountWithLab(SeedStatsPanel, createMemoryLab(), { runs: runs(), config, theme: 'light', throttleMs: 0 });
    await settle();
    expect(texts(mounted.el, '.band-notes li')).toEqual([
      'Xavier normal: up to 1 of 3 seeds had an infinite or NaN cost at 2 recorded iterations (iterations 50–100). There the mean and band use the finite seeds only (n in the tooltip).',
    ]);
  });

  it('flags a target loss that is not a positive number and hides the table until it is', async () => {
    mounted = mountWithLab(SeedStatsPanel, createMemoryLab(), { runs: runs(), config, theme: 'light', throttleMs: 0 });
    await settle();
    const label = [...mounted.el.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Target loss');
    const input = mounted.el.querySelector<HTMLInputElement>(`[id="${label?.getAttribute('for')}"]`) as HTMLInputElement;
    input.value = '-1';
    input.dispatchEvent(new Event('input'));
    await settle();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(texts(mounted.el, '[role="alert"]')).toEqual(['enter a positive number']);
    expect(mounted.el.querySelector('[data-stats-table="distribution"]')).toBeNull();
  });

  it('draws one box-and-strip plot per metric with a dot per finished finite seed', async () => {
    mounted = mountWithLab(SeedStatsPanel, createMemoryLab(), { runs: runs(), config, theme: 'light', throttleMs: 0 });
    await settle();
    const figures = mounted.el.querySelectorAll('.box-strip');
    expect(texts(mounted.el, '.box-strip .chart-title')).toEqual(['Final cost', 'Train accuracy', 'Test accuracy']);
    expect(figures[0].querySelectorAll('circle.dot')).toHaveLength(5);
    expect(figures[2].querySelectorAll('circle.dot')).toHaveLength(6);
    expect(texts(figures[0], 'text.inf')[0]).toMatch(/^1 × ∞\/NaN/);
  });
});

describe('ExperimentView with seeds', () => {
  it('shows the statistics across seeds in place of the per-run curves once an arm repeats over seeds', async () => {
    const lab = createMemoryLab();
    const res = await lab.api['experiments.start']({ experiment: config });
    if (!res.ok) throw new Error(res.error.message);
    mounted = mountWithLab(ExperimentView, lab, { id: res.value.experimentId, theme: 'light' });
    await settle();
    expect(mounted.el.querySelector('[data-seed-stats]')).not.toBeNull();
    expect(mounted.el.querySelector('section.chart-frame[aria-label="Cost"]')).toBeNull();
    expect(mounted.el.querySelector('section.chart-frame[aria-label="Cost across seeds"]')).not.toBeNull();
  });
});
