import { afterEach, describe, expect, it } from 'vitest';
import { createApp, h, nextTick, ref } from 'vue';
import RunTabs from '../../../renderer/src/components/RunTabs.vue';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

const tab = (id: string) => ({ id, label: `Run ${id}`, color: '#123456' });

function mount(ids: string[], prefer: 'first' | 'last') {
  const tabs = ref(ids.map(tab));
  const selected = ref<string | null>(null);
  const el = document.createElement('div');
  document.body.appendChild(el);
  const app = createApp({
    setup: () => () =>
      h(RunTabs, { tabs: tabs.value, label: 'Run to show', prefer, modelValue: selected.value, 'onUpdate:modelValue': (v: string | null) => (selected.value = v) }),
  });
  app.mount(el);
  cleanup = () => {
    app.unmount();
    el.remove();
  };
  const buttons = () => [...el.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  return { el, tabs, selected, buttons };
}

describe('RunTabs', () => {
  it('chooses the first or the last run when none is chosen', async () => {
    expect(mount(['a', 'b', 'c'], 'first').selected.value).toBe('a');
    cleanup!();
    const last = mount(['a', 'b', 'c'], 'last');
    await nextTick();
    expect(last.selected.value).toBe('c');
    expect(last.buttons().map((b) => b.getAttribute('aria-selected'))).toEqual(['false', 'false', 'true']);
    expect(last.el.querySelector('[role="tablist"]')!.getAttribute('aria-label')).toBe('Run to show');
  });

  it('moves with the arrow keys, wrapping at the ends, and keeps one tab in the tab order', async () => {
    const m = mount(['a', 'b', 'c'], 'first');
    await nextTick();
    const list = m.el.querySelector('[role="tablist"]')!;
    list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await nextTick();
    expect(m.selected.value).toBe('c');
    expect(document.activeElement).toBe(m.buttons()[2]);
    list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await nextTick();
    expect(m.selected.value).toBe('a');
    expect(m.buttons().map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    m.buttons()[1].click();
    await nextTick();
    expect(m.selected.value).toBe('b');
  });

  it('chooses again when the chosen run leaves the list', async () => {
    const m = mount(['a', 'b'], 'last');
    await nextTick();
    expect(m.selected.value).toBe('b');
    m.tabs.value = [tab('a')];
    await nextTick();
    await nextTick();
    expect(m.selected.value).toBe('a');
  });
});
