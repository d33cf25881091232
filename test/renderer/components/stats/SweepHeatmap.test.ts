import { afterEach, describe, expect, it } from 'vitest';
import type { SweepDetail } from '../../../../shared/contract/records';
import { createMemoryLab } from '../../helpers/memoryLab';
import SweepHeatmap from '../../../../renderer/src/components/stats/SweepHeatmap.vue';
import { mountWithLab, settle, texts, type Mounted } from '../../helpers/mount';
import { sweepCell } from '../../helpers/sweepLab';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

// seeds down, scales across: a finite loss, a diverged cell (NaN kept as null), a cancelled one and a queued one
const detail: SweepDetail = {
  id: 's1',
  name: 'he sweep',
  init: 'he_normal',
  scales: [0.5, 1, 10],
  seeds: [1, 2],
  total: 6,
  finished: 5,
  status: 'running',
  cells: [
    sweepCell(0.5, 1, 'done', 0.123456),
    sweepCell(1, 1, 'done', 0.0712),
    sweepCell(10, 1, 'diverged', null),
    sweepCell(0.5, 2, 'done', 0.3),
    sweepCell(1, 2, 'cancelled', null),
    sweepCell(10, 2, 'queued', null),
  ],
};

function mount(mode: 'cost' | 'converged') {
  mounted = mountWithLab(SweepHeatmap, createMemoryLab(), { detail, mode, target: 0.1 });
  return mounted.el;
}
const rows = (el: HTMLElement) => [...el.querySelectorAll('details tbody tr')].map((tr) => texts(tr, 'th, td'));

describe('SweepHeatmap cells', () => {
  it('open their run: every cell links to it', async () => {
    const el = mount('cost');
    await settle();
    const links = [...el.querySelectorAll('svg a.cell')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(detail.cells.map((c) => `#/compare?runs=${c.runId}`));
  });

  it('say what they hold in words under the chart when pointed at or focused, not only in a native tooltip', async () => {
    const el = mount('cost');
    await settle();
    const cell = el.querySelectorAll('svg a.cell')[1] as SVGAElement;
    cell.dispatchEvent(new Event('focus'));
    await settle();
    expect(el.querySelector('[data-cell-readout]')?.textContent).toMatch(/final loss 0\.0712$/);
  });
});

describe('SweepHeatmap data table', () => {
  it('lists each seed\'s final loss per scale as the cell titles give it, with the marks the chart draws', async () => {
    const el = mount('cost');
    await settle();
    expect(texts(el, 'details thead th')).toEqual(['seed', '×0.5', '×1', '×10']);
    expect(rows(el)).toEqual([
      ['seed 1', '0.1235', '0.0712', '∞'],
      ['seed 2', '0.3', '—', '—'],
    ]);
    // every finite value is the number its cell's title names, and the diverged mark is the one drawn in the cell
    const drawn = [...el.querySelectorAll('svg .cell')];
    const tabled = [...el.querySelectorAll('details tbody td')];
    expect(tabled).toHaveLength(drawn.length);
    drawn.forEach((g, i) => {
      const td = tabled[i].textContent ?? '';
      if (g.getAttribute('data-kind') === 'value') expect(g.getAttribute('aria-label')).toMatch(new RegExp(`final loss ${td.replace('.', '\\.')}; open the run$`));
      if (g.getAttribute('data-kind') === 'diverged') expect(g.querySelector('text.val')?.textContent).toBe(td);
    });
    expect(texts(el, 'details tfoot td')).toEqual(texts(el, '[data-scale-summary]'));
  });

  it('marks each finished cell converged or not exactly as the chart draws it', async () => {
    const el = mount('converged');
    await settle();
    expect(rows(el)).toEqual([
      ['seed 1', '✗', '✓', '✗'],
      ['seed 2', '✗', '—', '—'],
    ]);
    const drawn = [...el.querySelectorAll('svg .cell')].map((g) => g.querySelector('text.val')?.textContent ?? '—');
    expect(texts(el, 'details tbody td')).toEqual(drawn);
    expect(texts(el, 'details tfoot td')).toEqual(texts(el, '[data-scale-summary]'));
  });

  it('keeps the table in a disclosure that starts closed, with a caption and scoped headers', async () => {
    const el = mount('cost');
    await settle();
    const details = el.querySelector('details[data-heatmap-table="cost"]') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Values as a table');
    expect(details.querySelector('caption')?.textContent).toBe('he_normal sweep: final loss per seed and scale');
    expect([...details.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect([...details.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).toBe(true);
  });
});
