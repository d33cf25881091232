import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLab } from '../../helpers/memoryLab';
import BoxStripPlot from '../../../../renderer/src/components/stats/BoxStripPlot.vue';
import { formatNumber, formatPercent } from '../../../../renderer/src/lib/runs/format';
import { boxStats, type ArmStrip, type StripPoint } from '../../../../renderer/src/lib/stats/statsDistributions';
import { mountWithLab, settle, texts, type Mounted } from '../../helpers/mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const point = (seed: number, value: number): StripPoint => ({ runId: `r${seed}`, seed, value, finite: Number.isFinite(value) });
const strip = (armIndex: number, label: string, points: StripPoint[]): ArmStrip => ({ armIndex, label, color: '#0072B2', points, box: boxStats(points.map((p) => p.value)) });

// he ran seeds 1-3; zeros ran 1 and 4, and its seed 4 diverged (NaN)
const strips = [strip(0, 'he_normal', [point(1, 0.0812345), point(2, 0.09), point(3, 0.07)]), strip(1, 'zeros', [point(1, 0.6931), point(4, NaN)])];

function mount(format: (x: number) => string) {
  mounted = mountWithLab(BoxStripPlot, createMemoryLab(), { title: 'Final cost', strips, format });
  return mounted.el;
}

describe('BoxStripPlot data table', () => {
  it('lists every seed\'s value per arm, each the number its dot names', async () => {
    const el = mount((x) => formatNumber(x));
    await settle();
    expect(texts(el, 'details thead th')).toEqual(['arm', 'seed 1', 'seed 2', 'seed 3', 'seed 4']);
    const row = (arm: string) => texts(el, `details tr[data-table-arm="${arm}"] th, details tr[data-table-arm="${arm}"] td`);
    expect(row('he_normal')).toEqual(['he_normal', '0.08123', '0.09', '0.07', '—']);
    expect(row('zeros')).toEqual(['zeros', '0.6931', '—', '—', 'NaN']);
    // each dot's title reads "arm · seed N: value"; the table holds the same value under that arm and seed
    const heads = texts(el, 'details thead th');
    for (const title of texts(el, 'circle.dot title')) {
      const [, arm, seed, value] = /^(.+) · seed (\d+): (.+)$/.exec(title) ?? [];
      expect(row(arm)[heads.indexOf(`seed ${seed}`)]).toBe(value);
    }
  });

  it('formats each value as the plot does and marks a value drawn apart as not finite', async () => {
    const el = mount(formatPercent);
    await settle();
    expect(texts(el, 'details tr[data-table-arm="zeros"] td')).toEqual(['69.3%', '—', '—', 'NaN']);
    expect(texts(el, 'text.inf')[0]).toMatch(/^1 × ∞\/NaN/);
  });

  it('keeps the table in a disclosure that starts closed, with a caption and scoped headers', async () => {
    const el = mount((x) => formatNumber(x));
    await settle();
    const details = el.querySelector('details[data-strip-table]') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Values as a table');
    expect(details.querySelector('caption')?.textContent).toBe('Final cost per arm and seed');
    expect([...details.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect([...details.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).toBe(true);
  });
});
