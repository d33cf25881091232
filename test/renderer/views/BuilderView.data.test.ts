import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLab } from '../helpers/memoryLab';
import BuilderView from '../../../renderer/src/views/BuilderView.vue';
import { mountWithLab, settle, type Mounted } from '../helpers/mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const IRIS = 'sepal,species,petal\n5.1,setosa,1.4\n7.0,versicolor,4.7\n6.3,virginica,6.0\n4.9,setosa,1.4\n6.4,versicolor,4.5\n';

async function chooseCsv(el: HTMLElement, text: string) {
  const radio = el.querySelector<HTMLInputElement>('input[name="dataset"][value="csv"]')!;
  radio.checked = true;
  radio.dispatchEvent(new Event('change'));
  await settle();
  const file = el.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(file, 'files', { value: [new File([text], 'iris.csv', { type: 'text/csv' })], configurable: true });
  file.dispatchEvent(new Event('change'));
  await settle(8);
}

describe('BuilderView data picker', () => {
  it('reads the label from a column named in any position and shows the classes in sorted order', async () => {
    mounted = mountWithLab(BuilderView, createMemoryLab(), {});
    await settle();
    await chooseCsv(mounted.el, IRIS);
    // the picker lists every column in file order
    const select = mounted.el.querySelector<HTMLSelectElement>('.csv-options select')!;
    expect([...select.options].map((o) => o.value)).toEqual(['sepal', 'species', 'petal']);
    select.value = 'species';
    select.dispatchEvent(new Event('change'));
    await settle(8);
    expect(mounted.el.querySelector('[data-csv-classes]')?.textContent).toBe('3 classes: setosa, versicolor, virginica');
    expect(mounted.el.querySelector('[data-csv-summary]')?.textContent).toContain('features sepal, petal');
  });

  it('sizes the output layer for the classes: three softmax units', async () => {
    mounted = mountWithLab(BuilderView, createMemoryLab(), {});
    await settle();
    await chooseCsv(mounted.el, IRIS);
    const select = mounted.el.querySelector<HTMLSelectElement>('.csv-options select')!;
    select.value = 'species';
    select.dispatchEvent(new Event('change'));
    await settle(8);
    expect(mounted.el.textContent).toContain('→ 3 softmax outputs');
  });
});
