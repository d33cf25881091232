import { afterEach, describe, expect, it } from 'vitest';
import SweepView from '../../../renderer/src/views/SweepView.vue';
import { createSweepLab, type SweepLab } from '../helpers/sweepLab';
import { mountWithLab, settle, texts, type Mounted } from '../helpers/mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function input(el: HTMLElement, label: string): HTMLInputElement | HTMLSelectElement {
  const l = [...el.querySelectorAll('label')].find((x) => x.textContent?.trim() === label);
  const target = l?.getAttribute('for') ? el.querySelector<HTMLInputElement>(`[id="${l.getAttribute('for')}"]`) : null;
  if (!target) throw new Error(`no field labelled ${label}`);
  return target;
}
function type(field: HTMLInputElement | HTMLSelectElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'));
}
async function startedSweep(lab: SweepLab) {
  const res = await lab.api['sweeps.start']({
    base: { init: { name: 'xavier_normal' } },
    scales: [0.5, 1, 2],
    seeds: [1, 2],
    varyDataSeed: false,
    name: 'xavier gain',
  });
  if (!res.ok) throw new Error(res.error.message);
  return res.value.sweepId;
}

describe('SweepView form', () => {
  it('offers every initializer a multiplier can scale, He and LeCun included', async () => {
    mounted = mountWithLab(SweepView, createSweepLab());
    await settle();
    const options = [...(input(mounted.el, 'Initializer') as HTMLSelectElement).options].map((o) => o.value);
    for (const name of ['xavier_normal', 'orthogonal', 'he_normal', 'he_uniform', 'he', 'lecun_normal', 'lecun_uniform']) expect(options).toContain(name);
    expect(options).not.toContain('zeros');
    expect(options).not.toContain('lsuv');
  });

  it('shows the chosen formula with the scale s as its multiplier', async () => {
    mounted = mountWithLab(SweepView, createSweepLab());
    await settle();
    type(input(mounted.el, 'Initializer'), 'he_normal');
    await settle();
    expect(texts(mounted.el, '[data-scaled-param]')).toEqual(['W = s × randn · √(2/((1 + a²) · fan)), s = each scale']);
  });

  it('flags a bad scale inline and keeps the sweep from starting', async () => {
    mounted = mountWithLab(SweepView, createSweepLab());
    await settle();
    type(input(mounted.el, 'Scales (multipliers)'), '1, 0');
    await settle();
    expect(texts(mounted.el, '[data-field-error]')).toEqual(['"0" is not a positive number']);
    expect(mounted.el.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled).toBe(true);
  });

  it('starts the sweep with the grid and base config typed, then opens it', async () => {
    const lab = createSweepLab();
    const navigated: string[] = [];
    mounted = mountWithLab(SweepView, lab, { onNavigate: (to: string) => navigated.push(to) });
    await settle();
    type(input(mounted.el, 'Scales (multipliers)'), '0.5, 2');
    type(input(mounted.el, 'Seeds'), '1-3');
    type(input(mounted.el, 'Iterations'), '300');
    await settle();
    expect(texts(mounted.el, '[data-cell-count]')).toEqual(['6 runs on the worker pool']);
    mounted.el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    const call = lab.sweepCalls.find((c) => c.name === 'sweeps.start')?.input as { scales: number[]; seeds: number[]; base: { iterations: number; init: { name: string } } };
    expect(call.scales).toEqual([0.5, 2]);
    expect(call.seeds).toEqual([1, 2, 3]);
    expect(call.base).toMatchObject({ iterations: 300, init: { name: 'he_normal' } });
    expect(navigated).toEqual(['/sweep/s1']);
  });
});

describe('SweepView detail', () => {
  it('follows the sweep\'s progress from its events', async () => {
    const lab = createSweepLab();
    const id = await startedSweep(lab);
    mounted = mountWithLab(SweepView, lab, { id });
    await settle();
    expect(texts(mounted.el, '[data-sweep-progress]')).toEqual(['0 of 6 cells trained']);
    lab.finishCell(id, 0.5, 1, 'done', 0.2);
    lab.finishCell(id, 2, 1, 'diverged', null);
    await new Promise((r) => setTimeout(r, 350));
    await settle();
    expect(texts(mounted.el, '[data-sweep-progress]')).toEqual(['2 of 6 cells trained']);
    expect(mounted.el.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('2');
    const kinds = [...mounted.el.querySelectorAll('[data-heatmap="cost"] .cell')].map((c) => c.getAttribute('data-kind'));
    // rows are seeds, columns scales: seed 1 has ×0.5 finished, ×1 waiting, ×2 diverged
    expect(kinds).toEqual(['value', 'pending', 'diverged', 'pending', 'pending', 'pending']);
  });

  it('summarises each scale: median final loss and the share of seeds under the target', async () => {
    const lab = createSweepLab();
    const id = await startedSweep(lab);
    lab.finishCell(id, 0.5, 1, 'done', 0.2);
    lab.finishCell(id, 0.5, 2, 'done', 0.4);
    lab.finishCell(id, 1, 1, 'done', 0.1);
    lab.finishCell(id, 1, 2, 'done', 0.15);
    lab.finishCell(id, 2, 1, 'diverged', null);
    lab.finishCell(id, 2, 2, 'done', 0.6);
    mounted = mountWithLab(SweepView, lab, { id });
    await settle();
    expect(texts(mounted.el, '[data-heatmap="cost"] [data-scale-summary]')).toEqual(['0.3', '0.13', '0.6']);
    // target 0.3 (the default): ×0.5 one of two, ×1 both, ×2 none
    expect(texts(mounted.el, '[data-heatmap="converged"] [data-scale-summary]')).toEqual(['50.0%', '100.0%', '0.0%']);
  });

  it('cancels a running sweep and resumes exactly the cells that did not finish', async () => {
    const lab = createSweepLab();
    const id = await startedSweep(lab);
    lab.finishCell(id, 0.5, 1, 'done', 0.2);
    mounted = mountWithLab(SweepView, lab, { id });
    await settle();
    const button = (name: string) => [...mounted!.el.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    button('Cancel sweep')?.click();
    await settle();
    expect(lab.sweepCalls.map((c) => c.name)).toContain('experiments.cancel');
    expect([...mounted.el.querySelectorAll('[data-heatmap="cost"] .cell')].filter((c) => c.getAttribute('data-kind') === 'stopped')).toHaveLength(5);
    expect(button('Cancel sweep')).toBeUndefined();
    button('Resume where it stopped')?.click();
    await settle();
    expect(lab.sweepCalls.at(-1)).toEqual({ name: 'sweeps.resume', input: { id } });
    expect(lab.sweeps.get(id)?.cells.filter((c) => c.status === 'queued')).toHaveLength(5);
    expect(lab.sweeps.get(id)?.cells.find((c) => c.scale === 0.5 && c.seed === 1)?.status).toBe('done');
    expect(texts(mounted.el, '[data-sweep-progress]')).toEqual(['1 of 6 cells trained']);
  });
});
