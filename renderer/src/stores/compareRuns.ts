// The runs being compared, loaded in full (costs, checkpoints, weights), from any experiments.
import { shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import type { ExperimentSummary, RunDetail } from '../../../shared/contract/records';
import type { LabClient } from '../api/client';
import type { LoadStatus } from './experimentRuns';

/** What useCompareRuns returns. */
export interface UseCompareRunsReturn {
  status: ShallowRef<LoadStatus>;
  runs: ShallowRef<RunDetail[]>;
  /** Ids that named no stored run. */
  missing: ShallowRef<string[]>;
  experiments: ShallowRef<Map<string, ExperimentSummary>>;
  reload(): Promise<void>;
}

/** Loads the runs named by `ids` (in that order) whenever the ids change. */
export function useCompareRuns(client: LabClient, ids: Ref<readonly string[]>): UseCompareRunsReturn {
  const status = shallowRef<LoadStatus>('idle');
  const runs = shallowRef<RunDetail[]>([]);
  const missing = shallowRef<string[]>([]);
  const experiments = shallowRef<Map<string, ExperimentSummary>>(new Map());
  let token = 0;
  const reload = async () => {
    const t = ++token;
    status.value = 'loading';
    const wanted = [...new Set(ids.value)];
    const [details, exps] = await Promise.all([
      Promise.all(wanted.map((id) => client.api['runs.get']({ id, include: { costs: true, checkpoints: true, params: false } }))),
      client.api['experiments.list']({ limit: 10_000 }),
    ]);
    if (t !== token) return;
    runs.value = details.flatMap((d) => (d.ok ? [d.value] : []));
    missing.value = wanted.filter((_, i) => !details[i].ok);
    if (exps.ok) experiments.value = new Map(exps.value.map((e) => [e.id, e]));
    status.value = 'ready';
  };
  watch(() => ids.value.join(','), () => void reload(), { immediate: true });
  return { status, runs, missing, experiments, reload };
}
