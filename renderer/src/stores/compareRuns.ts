// The runs being compared, loaded in full (costs, checkpoints, weights), from any experiments.
import { shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import type { ExperimentSummary, RunDetail } from '../../../shared/contract/records';
import type { LabClient } from '../api/client';
import { readExperimentConfig } from '../lib/runs/runConfig';
import { armKeys } from '../../../shared/contract/config';
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

/** Loads the runs named by `ids` whenever the ids change, ordered by experiment, then arm, then seed. */
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
    const found = details.flatMap((d) => (d.ok ? [d.value] : []));
    // Order as the experiments list their arms, so a run keeps the colour it has on its experiment page.
    const armOrder = new Map<string, string[]>();
    await Promise.all(
      [...new Set(found.map((r) => r.experimentId))].map(async (id) => {
        const e = await client.api['experiments.get']({ id });
        const cfg = e.ok ? readExperimentConfig(e.value.config) : null;
        armOrder.set(id, cfg ? armKeys(cfg.arms) : []);
      }),
    );
    if (t !== token) return;
    const created = new Map(exps.ok ? exps.value.map((e) => [e.id, e.createdAt]) : []);
    const armIndex = (r: RunDetail) => {
      const i = armOrder.get(r.experimentId)?.indexOf(r.arm) ?? -1;
      return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    };
    runs.value = [...found].sort(
      (a, b) =>
        (created.get(a.experimentId) ?? '').localeCompare(created.get(b.experimentId) ?? '') ||
        a.experimentId.localeCompare(b.experimentId) ||
        armIndex(a) - armIndex(b) ||
        a.initSeed - b.initSeed,
    );
    missing.value = wanted.filter((_, i) => !details[i].ok);
    if (exps.ok) experiments.value = new Map(exps.value.map((e) => [e.id, e]));
    status.value = 'ready';
  };
  watch(() => ids.value.join(','), () => void reload(), { immediate: true });
  return { status, runs, missing, experiments, reload };
}
