// Makes the lab client available to every component (provided once at the root, replaced by a fake in tests).
import { inject, provide, type InjectionKey } from 'vue';
import type { LabClient } from './client';

const KEY: InjectionKey<LabClient> = Symbol('labClient');

/** Provides `client` to the component tree below. */
export function provideLab(client: LabClient): void {
  provide(KEY, client);
}

/** The lab client provided above; throws when none was, which is a wiring mistake. */
export function useLab(): LabClient {
  const client = inject(KEY, null);
  if (!client) throw new Error('no lab client provided');
  return client;
}
