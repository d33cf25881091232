import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLab } from '../helpers/memoryLab';
import BuilderView from '../../../renderer/src/views/BuilderView.vue';
import { mountWithLab, settle, type Mounted } from '../helpers/mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function input(el: HTMLElement, label: string): HTMLInputElement {
  const l = [...el.querySelectorAll('label')].find((x) => x.textContent?.trim() === label);
  const target = l && el.querySelector<HTMLInputElement>(`#${CSS.escape(l.htmlFor)}`);
  if (!target) throw new Error(`no field labelled ${label}`);
  return target;
}

async function type(field: HTMLInputElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await settle();
}

describe('BuilderView', () => {
  it('shows a refused learning rate next to its field and starts nothing', async () => {
    const lab = createMemoryLab();
    mounted = mountWithLab(BuilderView, lab, {});
    await settle();
    const lr = input(mounted.el, 'Learning rate');
    await type(lr, '-1');
    expect(lr.getAttribute('aria-invalid')).toBe('true');
    expect(mounted.el.querySelector(`#${CSS.escape(lr.getAttribute('aria-describedby') ?? '')}`)?.textContent).toBe('must be a positive number (got -1)');
    const run = [...mounted.el.querySelectorAll('button')].find((b) => b.textContent?.includes('Run experiment')) as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    mounted.el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    expect(lab.calls.some((c) => c.name === 'experiments.start')).toBe(false);
  });

  it('starts the experiment it shows once every value is valid', async () => {
    const lab = createMemoryLab();
    const navigated: string[] = [];
    mounted = mountWithLab(BuilderView, lab, { onNavigate: (to: string) => navigated.push(to) });
    await settle();
    await type(input(mounted.el, 'Iterations'), '250');
    mounted.el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    const start = lab.calls.find((c) => c.name === 'experiments.start');
    const sent = start?.input as { experiment: { base: { iterations: number }; arms: { init: { name: string } }[] } };
    expect(sent.experiment.base.iterations).toBe(250);
    expect(sent.experiment.arms.map((a) => a.init.name)).toEqual(['he_normal', 'xavier_normal']);
    expect(navigated[0]).toMatch(/^\/experiment\//);
  });

  it('sends a weight decay typed in its field, and names a negative one beside it', async () => {
    const lab = createMemoryLab();
    mounted = mountWithLab(BuilderView, lab, {});
    await settle();
    const decay = input(mounted.el, 'Weight decay λ');
    await type(decay, '-0.1');
    expect(decay.getAttribute('aria-invalid')).toBe('true');
    await type(decay, '0.001');
    mounted.el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    const sent = lab.calls.find((c) => c.name === 'experiments.start')?.input as { experiment: { base: { optimizer: { weightDecay?: number } } } };
    expect(sent.experiment.base.optimizer.weightDecay).toBe(0.001);
  });

  it('offers Adam\'s β₁, β₂ and ε under More settings only when Adam is picked', async () => {
    const lab = createMemoryLab();
    mounted = mountWithLab(BuilderView, lab, {});
    await settle();
    const labels = () => [...(mounted as Mounted).el.querySelectorAll('label')].map((l) => l.textContent?.trim());
    expect(labels()).not.toContain('Adam β₁');
    const optimizer = mounted.el.querySelector<HTMLSelectElement>(`#${CSS.escape([...mounted.el.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Optimizer')?.htmlFor ?? '')}`) as HTMLSelectElement;
    optimizer.value = 'adam';
    optimizer.dispatchEvent(new Event('change'));
    await settle();
    expect(labels()).toEqual(expect.arrayContaining(['Adam β₁', 'Adam β₂', 'Adam ε', 'Batch size']));
    expect(labels()).not.toContain('Momentum β');
  });

  it('writes an arm\'s multiplier into its formula and sends it', async () => {
    const lab = createMemoryLab();
    mounted = mountWithLab(BuilderView, lab, {});
    await settle();
    const arm = mounted.el.querySelector<HTMLElement>('li.arm-editor') as HTMLElement;
    await type(input(arm, 'multiplier'), '2');
    expect(arm.querySelector('[data-formula]')?.textContent).toMatch(/^W = 2 × randn/);
    mounted.el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    const start = lab.calls.find((c) => c.name === 'experiments.start');
    const sent = start?.input as { experiment: { arms: { init: { name: string; multiplier?: number } }[] } };
    expect(sent.experiment.arms[0].init).toMatchObject({ name: 'he_normal', multiplier: 2 });
  });

  it('adds and removes arms, keeping at least one', async () => {
    const lab = createMemoryLab();
    mounted = mountWithLab(BuilderView, lab, {});
    await settle();
    const arms = () => mounted?.el.querySelectorAll('li.arm-editor').length;
    [...mounted.el.querySelectorAll('button')].find((b) => b.textContent?.includes('+ Add arm'))?.click();
    await settle();
    expect(arms()).toBe(3);
    for (let i = 0; i < 3; i++) {
      mounted.el.querySelector<HTMLButtonElement>('li.arm-editor button[aria-label^="Remove arm"]:not([disabled])')?.click();
      await settle();
    }
    expect(arms()).toBe(1);
  });
});
