// The engine's catalogues (initializers with formulas, activations, optimizers, data sets), loaded once per client.
import { shallowRef, type ShallowRef } from 'vue';
import type { CatalogueEntry, RegistryInfo } from '../../../shared/contract/records';
import type { LabClient } from '../api/client';
import type { LoadStatus } from './experimentRuns';

/** What useRegistry returns. */
export interface UseRegistryReturn {
  status: ShallowRef<LoadStatus>;
  registry: ShallowRef<RegistryInfo | null>;
  error: ShallowRef<string>;
  /** The initializer entry of a name (or undefined while loading or for an unknown name). */
  initializer(name: string): CatalogueEntry | undefined;
  load(): Promise<void>;
}

const cache = new WeakMap<LabClient, UseRegistryReturn>();

/** The catalogue of `client`; the first caller starts the load, later callers share it. */
export function useRegistry(client: LabClient): UseRegistryReturn {
  const hit = cache.get(client);
  if (hit) return hit;
  const status = shallowRef<LoadStatus>('idle');
  const registry = shallowRef<RegistryInfo | null>(null);
  const error = shallowRef('');
  let inflight: Promise<void> | null = null;
  const load = () => {
    inflight ??= (async () => {
      status.value = 'loading';
      const res = await client.api['registry.get'](undefined);
      inflight = null;
      if (res.ok) {
        registry.value = res.value;
        status.value = 'ready';
      } else {
        error.value = res.error.message;
        status.value = 'error';
      }
    })();
    return inflight;
  };
  const store: UseRegistryReturn = {
    status,
    registry,
    error,
    initializer: (name) => registry.value?.initializers.find((e) => e.name === name),
    load,
  };
  cache.set(client, store);
  void load();
  return store;
}
