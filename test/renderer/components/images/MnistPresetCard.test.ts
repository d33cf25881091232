import { afterEach, describe, expect, it } from 'vitest';
import { AI_NOTES_MNIST_EXPERIMENT } from '../../../../shared/contract/ai-notes-preset';
import { createMemoryLab } from '../../helpers/memoryLab';
import StartView from '../../../../renderer/src/views/StartView.vue';
import { mountWithLab, settle, type Mounted } from '../../helpers/mount';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('the start page\'s MNIST preset', () => {
  it('starts the AI Notes experiment in one click and opens it', async () => {
    const lab = createMemoryLab();
    const went: string[] = [];
    mounted = mountWithLab(StartView, lab, { onNavigate: (to: string) => went.push(to) });
    await settle();
    const button = [...mounted.el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'AI Notes: initialization on MNIST');
    expect(button).toBeDefined();
    button!.click();
    await settle();
    const call = lab.calls.find((c) => c.name === 'experiments.start');
    expect(call?.input).toMatchObject({ experiment: AI_NOTES_MNIST_EXPERIMENT, name: 'AI Notes: initialization on MNIST' });
    const [experimentId] = [...lab.experiments.keys()];
    expect(went).toEqual([`/experiment/${experimentId}`]);
  });

  it('says what it trains: the net, the optimizer and 10 epochs', async () => {
    mounted = mountWithLab(StartView, createMemoryLab());
    await settle();
    const text = mounted.el.querySelector('section.mnist')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('784-300-300-300-300-10, tanh, softmax output');
    expect(text).toContain('lr 0.1, batches of 100, 10 epochs');
  });
});
