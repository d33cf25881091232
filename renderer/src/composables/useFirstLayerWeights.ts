// The first weight matrix of one run, fetched on demand (runs.get with parameters only): the final one once the run
// has ended, else the one it started from. Kept out of the experiment store, which never holds parameters.
import { shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import type { RunStatus } from '../../../shared/contract/records';
import type { LabClient } from '../api/client';
import { isActive } from '../lib/runs/runStatus';

/** Options of useFirstLayerWeights: which run, and its status (a change of status fetches again). */
export interface UseFirstLayerWeightsOptions {
  client: LabClient;
  run: Ref<{ id: string; status: RunStatus } | null>;
}

/** What useFirstLayerWeights returns: W[0] (rows = first-layer units) and whether it is the final one, or null. */
export interface UseFirstLayerWeightsReturn {
  weights: ShallowRef<{ W: Float64Array; final: boolean } | null>;
  error: ShallowRef<string>;
}

/** Follows the run and fetches its first-layer weights whenever the run or its status changes. */
export function useFirstLayerWeights({ client, run }: UseFirstLayerWeightsOptions): UseFirstLayerWeightsReturn {
  const weights = shallowRef<{ W: Float64Array; final: boolean } | null>(null);
  const error = shallowRef('');
  let token = 0;
  watch(
    () => (run.value ? `${run.value.id}:${isActive(run.value.status) ? 'active' : run.value.status}` : ''),
    async (key) => {
      const mine = ++token;
      weights.value = null;
      error.value = '';
      if (!key || !run.value) return;
      const res = await client.api['runs.get']({ id: run.value.id, include: { costs: false, checkpoints: false, params: true } });
      if (mine !== token) return;
      if (!res.ok) {
        error.value = res.error.message;
        return;
      }
      const params = res.value.finalParams ?? res.value.initialParams;
      weights.value = params?.W[0] ? { W: params.W[0], final: res.value.finalParams != null } : null;
    },
    { immediate: true },
  );
  return { weights, error };
}
