// One scale sweep kept current: loaded, reloaded on its progress events (throttled) and by polling while it runs;
// cancel and resume act on the service and reload.
import { onScopeDispose, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import type { SweepDetail } from '../../../shared/contract/records';
import type { LabClient } from '../api/client';
import type { LoadStatus } from './experimentRuns';

/** Options of useSweep. */
export interface UseSweepOptions {
  client: LabClient;
  sweepId: Ref<string | null>;
  /** Milliseconds between polls while the sweep runs (0 disables polling). */
  pollMs?: number;
  /** Least milliseconds between reloads caused by events. */
  throttleMs?: number;
}

/** What useSweep returns. */
export interface UseSweepReturn {
  status: Ref<LoadStatus>;
  error: Ref<string>;
  detail: ShallowRef<SweepDetail | null>;
  /** An action in flight ('cancel' or 'resume'), or null. */
  busy: Ref<'cancel' | 'resume' | null>;
  reload(): Promise<void>;
  /** Cancels every queued or training cell; returns an error message or null. */
  cancel(): Promise<string | null>;
  /** Queues again every cell that ended without a result; returns an error message or null. */
  resume(): Promise<string | null>;
}

/** Loads a sweep and follows it until every cell has ended. */
export function useSweep(options: UseSweepOptions): UseSweepReturn {
  const { client } = options;
  const pollMs = options.pollMs ?? 1500;
  const throttleMs = options.throttleMs ?? 300;
  const status = shallowRef<LoadStatus>('idle');
  const error = shallowRef('');
  const detail = shallowRef<SweepDetail | null>(null);
  const busy = shallowRef<'cancel' | 'resume' | null>(null);
  let token = 0;

  const reload = async () => {
    const id = options.sweepId.value;
    const mine = ++token;
    if (!id) {
      detail.value = null;
      status.value = 'idle';
      return;
    }
    if (!detail.value || detail.value.id !== id) status.value = 'loading';
    const res = await client.api['sweeps.get']({ id });
    if (mine !== token) return;
    if (!res.ok) {
      error.value = res.error.message;
      status.value = 'error';
      return;
    }
    detail.value = res.value;
    error.value = '';
    status.value = 'ready';
  };

  let pending: ReturnType<typeof setTimeout> | null = null;
  const reloadSoon = () => {
    if (pending) return;
    pending = setTimeout(() => {
      pending = null;
      void reload();
    }, throttleMs);
  };

  const offEvent = client.onEvent((e) => {
    const id = options.sweepId.value;
    if (!id) return;
    if ((e.type === 'sweep.progress' && e.sweepId === id) || ('experimentId' in e && e.experimentId === id && e.type !== 'run.progress' && e.type !== 'run.costs')) {
      reloadSoon();
    }
  });
  const offStatus = client.onStatus((s) => {
    if (s === 'online' && detail.value) void reload();
  });

  let timer: ReturnType<typeof setInterval> | null = null;
  watch(
    () => detail.value?.status === 'running',
    (running) => {
      if (timer) clearInterval(timer);
      timer = running && pollMs > 0 ? setInterval(() => void reload(), pollMs) : null;
    },
    { immediate: true },
  );
  watch(options.sweepId, () => void reload(), { immediate: true });
  onScopeDispose(() => {
    offEvent();
    offStatus();
    if (timer) clearInterval(timer);
    if (pending) clearTimeout(pending);
  });

  const act = async (kind: 'cancel' | 'resume'): Promise<string | null> => {
    const id = options.sweepId.value;
    if (!id) return null;
    busy.value = kind;
    try {
      const res = kind === 'cancel' ? await client.api['experiments.cancel']({ id }) : await client.api['sweeps.resume']({ id });
      await reload();
      return res.ok ? null : res.error.message;
    } finally {
      busy.value = null;
    }
  };

  return { status, error, detail, busy, reload, cancel: () => act('cancel'), resume: () => act('resume') };
}
