// The runs of the other experiments one click on a paper preset started (its group tag), as paper checks read them,
// kept current by polling while any of them trains: a preset of several experiments is judged on all their runs.
import { onScopeDispose, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import { paperRunOf, type PaperRun } from '../../../shared/contract/papers/verdict';
import type { RunSummary } from '../../../shared/contract/records';
import type { LabClient } from '../api/client';
import { isActive } from '../lib/runs/runStatus';

/** The group's runs outside the experiment `exceptId`, loaded for `group` (none while it is null). */
export function usePaperGroupRuns(client: LabClient, group: Ref<string | null>, exceptId: Ref<string | null>, pollMs = 3000): ShallowRef<PaperRun[]> {
  const runs = shallowRef<PaperRun[]>([]);
  // A finished run never changes: its PaperRun is loaded once.
  const final = new Map<string, PaperRun>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let token = 0;

  const pending = (s: RunSummary): PaperRun => ({
    arm: s.arm,
    status: s.status,
    depth: 0,
    lr: null,
    trainAccuracy: s.trainAccuracy,
    finalCost: s.finalCost,
    costs: [],
    layersAtInit: [],
  });

  const detail = async (s: RunSummary): Promise<PaperRun> => {
    const res = await client.api['runs.get']({ id: s.id, include: { costs: true, checkpoints: true, params: false } });
    if (!res.ok) return pending(s);
    const d = res.value;
    const run = paperRunOf({ ...d, dims: d.config.network.dims, lr: d.config.optimizer.lr });
    final.set(s.id, run);
    return run;
  };

  const load = async () => {
    const mine = ++token;
    if (timer) clearTimeout(timer);
    timer = null;
    const tag = group.value;
    if (!tag) {
      runs.value = [];
      return;
    }
    const list = await client.api['experiments.list']({ limit: 10_000 });
    if (!list.ok || mine !== token) return;
    const ids = list.value.filter((e) => e.tags.includes(tag) && e.id !== exceptId.value).map((e) => e.id);
    const details = await Promise.all(ids.map((id) => client.api['experiments.get']({ id })));
    const summaries = details.flatMap((d) => (d.ok ? d.value.runs : []));
    const loaded = await Promise.all(summaries.map((s) => final.get(s.id) ?? (isActive(s.status) ? pending(s) : detail(s))));
    if (mine !== token) return;
    runs.value = loaded;
    if (summaries.some((s) => isActive(s.status))) timer = setTimeout(() => void load(), pollMs);
  };

  watch([group, exceptId], () => void load(), { immediate: true });
  onScopeDispose(() => {
    token++;
    if (timer) clearTimeout(timer);
  });
  return runs;
}
