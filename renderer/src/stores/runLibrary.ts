// The run library: a filtered, sorted page of saved runs and the experiments they belong to, refreshed when the store changes.
import { onScopeDispose, reactive, shallowRef, watch, type ShallowRef } from 'vue';
import type { ExperimentSummary, RunStatus, RunSummary } from '../../../shared/contract/records';
import type { RUN_SORT_KEYS } from '../../../shared/contract/operations';
import type { LabClient } from '../api/client';
import type { LoadStatus } from './experimentRuns';

/** A sort key of runs.list. */
export type RunSortKey = (typeof RUN_SORT_KEYS)[number];

/** What the library shows. Empty strings mean "any". */
export interface LibraryQuery {
  search: string;
  dataset: string;
  init: string;
  tag: string;
  status: '' | RunStatus;
  sort: RunSortKey;
  order: 'asc' | 'desc';
  /** List the runs of scale sweeps too (off: a sweep's dozens of cells would bury the experiments; its page shows them). */
  sweeps: boolean;
}

/** The tag every run of a sweep carries (`sweep:<id>`): an id, not a word a person filters by. */
const SWEEP_TAG = /^sweep:/;

/** What useRunLibrary returns. */
export interface UseRunLibraryReturn {
  query: LibraryQuery;
  status: ShallowRef<LoadStatus>;
  error: ShallowRef<string>;
  runs: ShallowRef<RunSummary[]>;
  total: ShallowRef<number>;
  experiments: ShallowRef<ExperimentSummary[]>;
  /** Every tag in use, for the tag filter. */
  tags: ShallowRef<string[]>;
  reload(): Promise<void>;
  sortBy(key: RunSortKey): void;
  updateRun(id: string, patch: { name?: string; tags?: string[]; notes?: string }): Promise<string | null>;
  deleteRuns(ids: string[]): Promise<string | null>;
  updateExperiment(id: string, patch: { name?: string; tags?: string[]; notes?: string }): Promise<string | null>;
  deleteExperiment(id: string): Promise<string | null>;
}

/** Loads the library and keeps it current; changing the query reloads (search is debounced). */
export function useRunLibrary(client: LabClient): UseRunLibraryReturn {
  const query = reactive<LibraryQuery>({ search: '', dataset: '', init: '', tag: '', status: '', sort: 'createdAt', order: 'desc', sweeps: false });
  const status = shallowRef<LoadStatus>('idle');
  const error = shallowRef('');
  const runs = shallowRef<RunSummary[]>([]);
  const total = shallowRef(0);
  const experiments = shallowRef<ExperimentSummary[]>([]);
  const tags = shallowRef<string[]>([]);
  let token = 0;

  const reload = async () => {
    const t = ++token;
    if (status.value !== 'ready') status.value = 'loading';
    const [list, exps] = await Promise.all([
      client.api['runs.list']({
        search: query.search.trim() || undefined,
        dataset: query.dataset || undefined,
        init: query.init || undefined,
        tag: query.tag || undefined,
        status: query.status || undefined,
        sort: query.sort,
        order: query.order,
        limit: 1000,
      }),
      client.api['experiments.list']({ limit: 1000 }),
    ]);
    if (t !== token) return;
    if (!list.ok) {
      // an unreachable service is not an empty library: say so, keep what was shown, reload once it is back
      error.value =
        list.error.code === 'unavailable'
          ? 'The lab service is not reachable, so the library cannot be listed right now. Your saved runs are not affected; this page reloads by itself once the service is back.'
          : list.error.message;
      status.value = 'error';
      return;
    }
    const shown = query.sweeps ? list.value.runs : list.value.runs.filter((r) => r.sweep === null);
    runs.value = shown;
    total.value = list.value.total - (list.value.runs.length - shown.length);
    if (exps.ok) {
      experiments.value = exps.value;
      const all = new Set<string>();
      for (const e of exps.value) for (const tag of e.tags) all.add(tag);
      for (const r of list.value.runs) for (const tag of r.tags) all.add(tag);
      for (const tag of tags.value) all.add(tag);
      tags.value = [...all].filter((t) => !SWEEP_TAG.test(t)).sort();
    }
    error.value = '';
    status.value = 'ready';
  };

  let debounce: ReturnType<typeof setTimeout> | null = null;
  watch(
    () => query.search,
    () => {
      if (debounce) clearTimeout(debounce);
      debounce = setTimeout(() => void reload(), 200);
    },
  );
  watch(() => [query.dataset, query.init, query.tag, query.status, query.sort, query.order, query.sweeps], () => void reload());
  const off = client.onEvent((e) => {
    if (e.type === 'store.changed' || e.type === 'experiment.done' || e.type === 'run.queued' || e.type.startsWith('run.d') || e.type === 'run.failed' || e.type === 'run.cancelled') void reload();
  });
  const offStatus = client.onStatus((s) => {
    if (s === 'online' && status.value === 'error') void reload();
  });
  onScopeDispose(() => {
    off();
    offStatus();
    if (debounce) clearTimeout(debounce);
  });
  void reload();

  const answer = async (p: Promise<{ ok: boolean; error?: { message: string } }>) => {
    const res = await p;
    await reload();
    return res.ok ? null : (res.error?.message ?? 'failed');
  };

  return {
    query,
    status,
    error,
    runs,
    total,
    experiments,
    tags,
    reload,
    sortBy(key) {
      if (query.sort === key) query.order = query.order === 'asc' ? 'desc' : 'asc';
      else {
        query.sort = key;
        query.order = key === 'name' || key === 'init' || key === 'dataset' || key === 'status' ? 'asc' : 'desc';
      }
    },
    updateRun: (id, patch) => answer(client.api['runs.update']({ id, ...patch })),
    deleteRuns: (ids) => answer(client.api['runs.delete']({ ids })),
    updateExperiment: (id, patch) => answer(client.api['experiments.update']({ id, ...patch })),
    deleteExperiment: (id) => answer(client.api['experiments.delete']({ id })),
  };
}

/** Tags as typed in a text field ("a, b c") → a clean, de-duplicated list. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,\n]+/).map((t) => t.trim()).filter(Boolean))];
}
