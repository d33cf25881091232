import { afterEach, describe, expect, it } from 'vitest';
import { createApp, h, nextTick, type App } from 'vue';
import BoundaryPlot from '../../../../renderer/src/components/charts/BoundaryPlot.vue';
import { classColor } from '../../../../renderer/src/lib/charts/palette';

let app: App | null = null;
afterEach(() => {
  app?.unmount();
  app = null;
  document.body.innerHTML = '';
});

async function mount(props: InstanceType<typeof BoundaryPlot>['$props']): Promise<HTMLElement> {
  const el = document.createElement('div');
  document.body.appendChild(el);
  app = createApp({ render: () => h(BoundaryPlot, props) });
  app.mount(el);
  await nextTick();
  return el;
}

describe('BoundaryPlot', () => {
  it('names every class of a 3-class set in a legend, each with its own colour', async () => {
    const train = [0, 1, 2].map((label) => ({ x: label, y: 0, label }));
    const el = await mount({ title: 'Spiral', grid: null, train, classes: ['cat', 'dog', 'emu'] });
    const items = [...el.querySelectorAll('[aria-label="Classes on Spiral"] li')];
    expect(items.map((li) => li.textContent?.trim())).toEqual(['cat', 'dog', 'emu']);
    expect(items.map((li) => li.getAttribute('data-color'))).toEqual([0, 1, 2].map((k) => classColor(k, 3)));
  });

  it('names a two-class set’s classes by index when no names are given', async () => {
    const el = await mount({ title: 'Moons', grid: null, train: [{ x: 0, y: 0, label: 1 }] });
    expect([...el.querySelectorAll('li')].map((li) => li.textContent?.trim())).toEqual(['0', '1']);
  });
});
