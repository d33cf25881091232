import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import IdxFilesPicker from '../../../../renderer/src/components/builder/IdxFilesPicker.vue';
import { provideExperimentDraft, useExperimentDraft } from '../../../../renderer/src/stores/experimentDraft';
import { createMemoryLab } from '../../helpers/memoryLab';
import { mountWithLab, settle, type Mounted } from '../../helpers/mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

// The picker inside a builder's draft.
const WithDraft = defineComponent({
  setup() {
    provideExperimentDraft(useExperimentDraft());
    return () => h(IdxFilesPicker);
  },
});

const field = (el: HTMLElement, label: string) =>
  [...el.querySelectorAll('label')].find((l) => l.textContent === label)!.parentElement!.querySelector('input') as HTMLInputElement;

describe('IdxFilesPicker', () => {
  it('takes each file from the desktop open dialog, titled by the field, and sends the picked paths to data.describeIdx', async () => {
    const picked = ['/d/train-images-idx3-ubyte.gz', '/d/train-labels-idx1-ubyte.gz', '/e/t10k-images-idx3-ubyte.gz', '/e/labels.gz'];
    const lab = createMemoryLab({ pickedFiles: [...picked] });
    mounted = mountWithLab(WithDraft, lab);
    await settle();
    for (const label of ['Training images', 'Training labels', 'Test images', 'Test labels']) {
      (mounted.el.querySelector(`button[aria-label="Choose the ${label.toLowerCase()} file"]`) as HTMLButtonElement).click();
      await settle();
    }
    expect(lab.pickTitles).toEqual(['Training images', 'Training labels', 'Test images', 'Test labels']);
    expect(['Training images', 'Training labels', 'Test images', 'Test labels'].map((l) => field(mounted!.el, l).value)).toEqual(picked);
    [...mounted.el.querySelectorAll('button')].find((b) => b.textContent?.includes('Read the files'))!.click();
    await settle();
    expect(lab.calls.at(-1)).toEqual({
      name: 'data.describeIdx',
      input: { trainImages: picked[0], trainLabels: picked[1], testImages: picked[2], testLabels: picked[3] },
    });
  });

  it('fills the other three paths from a picked training-images file with MNIST’s names, and keeps a path when the dialog is cancelled', async () => {
    const lab = createMemoryLab({ pickedFiles: ['/f/train-images-idx3-ubyte.gz', null] });
    mounted = mountWithLab(WithDraft, lab);
    await settle();
    (mounted.el.querySelector('button[aria-label="Choose the training images file"]') as HTMLButtonElement).click();
    await settle();
    expect(field(mounted.el, 'Test labels').value).toBe('/f/t10k-labels-idx1-ubyte.gz');
    (mounted.el.querySelector('button[aria-label="Choose the test labels file"]') as HTMLButtonElement).click();
    await settle();
    expect(field(mounted.el, 'Test labels').value).toBe('/f/t10k-labels-idx1-ubyte.gz');
  });

  it('offers typed paths and no Choose button where there is no open dialog (browser mode)', async () => {
    mounted = mountWithLab(WithDraft, createMemoryLab());
    await settle();
    expect(mounted.el.querySelectorAll('button[aria-label^="Choose"]')).toHaveLength(0);
    expect(field(mounted.el, 'Training images')).toBeTruthy();
  });
});
