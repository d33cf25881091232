// Mounts a component under happy-dom with a lab client provided, and waits for the page to settle.
import { createApp, h, nextTick, type Component } from 'vue';
import type { LabClient } from '../../../renderer/src/api/client';
import { provideLab } from '../../../renderer/src/api/inject';
import { provideSaveFile } from '../../../renderer/src/composables/useSaveFile';

/** A mounted component: its root element and a way to unmount it. */
export interface Mounted {
  el: HTMLElement;
  unmount(): void;
}

/** Mounts `component` with `props`, providing `client` and its saveFile. */
export function mountWithLab(component: Component, client: LabClient, props: Record<string, unknown> = {}): Mounted {
  const el = document.createElement('div');
  document.body.appendChild(el);
  const app = createApp({
    setup() {
      provideLab(client);
      provideSaveFile(client.saveFile);
      return () => h(component, props);
    },
  });
  app.config.warnHandler = () => {};
  app.mount(el);
  return {
    el,
    unmount() {
      app.unmount();
      el.remove();
    },
  };
}

/** Lets promises and Vue's scheduler run a few rounds. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await nextTick();
  }
}

/** The text of every element matching a selector. */
export function texts(el: ParentNode, selector: string): string[] {
  return [...el.querySelectorAll(selector)].map((e) => (e.textContent ?? '').trim());
}
