// One experiment and its runs, kept live: loaded once, then updated from pushed events (and by polling while
// runs are active, so a page that missed events, e.g. across a reconnect, still converges on the stored state).
import { computed, onScopeDispose, shallowRef, watch, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import type { ExperimentDetail, RunDetail, RunSummary } from '../../../shared/contract/records';
import type { LabEvent } from '../../../shared/contract/events';
import type { Checkpoint, CostPoint } from '../../../shared/engine/types';
import type { LabClient } from '../api/client';
import { isActive } from '../lib/runs/runStatus';

/** Loading state of a store. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Latest progress of a training run. */
export interface RunProgress {
  iteration: number;
  iterations: number;
  elapsedSeconds: number;
  /** The engine's estimate of the seconds left, null until it has one. */
  secondsLeft: number | null;
  /** The latest cost, null until the run reports one (a real NaN cost is a diverged run's and is shown as such). */
  cost: number | null;
}

/** A run as the experiment page shows it; replaced wholesale on every change. */
export interface LiveRun {
  summary: RunSummary;
  config: unknown;
  costs: CostPoint[];
  checkpoints: Checkpoint[];
  progress: RunProgress | null;
  /** How much of the stored detail has been loaded: none, while training (partial), or after it ended (final). */
  detailed: 'none' | 'partial' | 'final';
  /** When the last event about this run arrived (ms, performance.now), to notice a silent stream. */
  lastEventAt: number;
}

/** Options of useExperimentRuns. */
export interface UseExperimentRunsOptions {
  client: LabClient;
  experimentId: Ref<string | null>;
  /** Milliseconds between polls while runs are active (0 disables polling). */
  pollMs?: number;
}

/** What useExperimentRuns returns. */
export interface UseExperimentRunsReturn {
  status: Ref<LoadStatus>;
  error: Ref<string>;
  experiment: ShallowRef<ExperimentDetail | null>;
  runs: ComputedRef<LiveRun[]>;
  active: ComputedRef<boolean>;
  reload(): Promise<void>;
  cancelRun(runId: string): Promise<string | null>;
  cancelAll(): Promise<string | null>;
}

/** After this long without an event about an active run, polling reloads its detail. */
const SILENT_MS = 4000;

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function appendCosts(existing: CostPoint[], points: readonly CostPoint[]): CostPoint[] {
  const last = existing.length ? existing[existing.length - 1].iteration : -1;
  const fresh = points.filter((p) => p.iteration > last);
  return fresh.length ? existing.concat(fresh) : existing;
}

/** Appends the points past the last recorded iteration in place (a live curve grows by thousands a second). */
function pushCosts(existing: CostPoint[], points: readonly CostPoint[]): void {
  const last = existing.length ? existing[existing.length - 1].iteration : -1;
  for (const p of points) if (p.iteration > last) existing.push(p);
}

/** Live events are applied in batches this often, so a busy stream re-renders the page a few times a second, not per event. */
const FLUSH_MS = 250;

function addCheckpoint(existing: Checkpoint[], c: Checkpoint): Checkpoint[] {
  if (existing.some((x) => x.iteration === c.iteration)) return existing;
  return [...existing, c].sort((a, b) => a.iteration - b.iteration);
}

/** Loads an experiment with every run's detail and keeps it current while its runs train. */
export function useExperimentRuns(options: UseExperimentRunsOptions): UseExperimentRunsReturn {
  const { client } = options;
  const pollMs = options.pollMs ?? 2000;
  const status = shallowRef<LoadStatus>('idle');
  const error = shallowRef('');
  const experiment = shallowRef<ExperimentDetail | null>(null);
  const byId = shallowRef<Map<string, LiveRun>>(new Map());
  let loadToken = 0;
  const detailLoads = new Set<string>();

  const setRun = (id: string, update: (r: LiveRun) => LiveRun) => {
    const r = byId.value.get(id);
    if (!r) return;
    const next = new Map(byId.value);
    next.set(id, update(r));
    byId.value = next;
  };

  const loadDetail = async (id: string) => {
    if (detailLoads.has(id)) return;
    detailLoads.add(id);
    try {
      const res = await client.api['runs.get']({ id });
      if (!res.ok) return;
      const d: RunDetail = res.value;
      setRun(id, (r) => ({
        ...r,
        summary: pickSummary(d),
        config: d.config,
        // events may have arrived while the request was in flight: keep whichever is longer
        costs: d.costs.length >= r.costs.length ? d.costs : appendCosts(d.costs, r.costs),
        checkpoints: r.checkpoints.reduce(addCheckpoint, d.checkpoints),
        detailed: isActive(d.status) ? 'partial' : 'final',
        progress: isActive(d.status) ? r.progress : null,
      }));
    } finally {
      detailLoads.delete(id);
    }
  };

  const reload = async () => {
    const id = options.experimentId.value;
    const token = ++loadToken;
    if (!id) {
      experiment.value = null;
      byId.value = new Map();
      status.value = 'idle';
      return;
    }
    if (!experiment.value || experiment.value.id !== id) status.value = 'loading';
    const res = await client.api['experiments.get']({ id });
    if (token !== loadToken) return;
    if (!res.ok) {
      error.value = res.error.message;
      status.value = 'error';
      return;
    }
    experiment.value = res.value;
    const next = new Map<string, LiveRun>();
    for (const s of res.value.runs) {
      const prev = byId.value.get(s.id);
      // a finished run queued again (rerun) starts over: its old curves are not the new run's
      const restarted = prev && !isActive(prev.summary.status) && isActive(s.status);
      next.set(
        s.id,
        prev && !restarted
          ? { ...prev, summary: s }
          : { summary: s, config: prev?.config ?? null, costs: [], checkpoints: [], progress: null, detailed: 'none', lastEventAt: now() },
      );
    }
    byId.value = next;
    status.value = 'ready';
    error.value = '';
    await Promise.all(
      res.value.runs
        .filter((s) => {
          const r = next.get(s.id);
          if (!r) return false;
          // a finished run once; an active one when first seen or when its events have gone quiet
          if (!isActive(s.status)) return r.detailed !== 'final';
          return r.detailed === 'none' || now() - r.lastEventAt > SILENT_MS;
        })
        .map((s) => loadDetail(s.id)),
    );
  };

  /** Applies one live event to a run; the cost curve grows in place, everything else is replaced. */
  const applyLive = (r: LiveRun, e: LabEvent): LiveRun => {
    switch (e.type) {
      case 'run.started':
        // A run restarted by the queue (its worker died, another took it over) begins again: earlier curves are void.
        return { ...r, summary: { ...r.summary, status: 'running', startedAt: e.startedAt }, costs: [], checkpoints: [], progress: { iteration: 0, iterations: e.iterations, elapsedSeconds: 0, secondsLeft: null, cost: null } };
      case 'run.progress':
        return {
          ...r,
          summary: r.summary.status === 'running' ? r.summary : { ...r.summary, status: 'running' },
          progress: { iteration: e.iteration, iterations: e.iterations, elapsedSeconds: e.elapsedSeconds, secondsLeft: e.secondsLeft, cost: e.cost },
        };
      case 'run.costs':
        pushCosts(r.costs, e.points);
        return r;
      case 'run.checkpoint':
        return { ...r, checkpoints: addCheckpoint(r.checkpoints, e.checkpoint) };
      default:
        return r;
    }
  };

  let pending: LabEvent[] = [];
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (flushTimer) clearTimeout(flushTimer);
    flushTimer = null;
    if (!pending.length) return;
    const events = pending;
    pending = [];
    const next = new Map(byId.value);
    for (const e of events) {
      if (!('runId' in e)) continue;
      const r = next.get(e.runId);
      if (r) next.set(e.runId, { ...applyLive(r, e), lastEventAt: now() });
    }
    byId.value = next;
  };

  const onEvent = (e: LabEvent) => {
    if (!('experimentId' in e) || e.experimentId !== options.experimentId.value) return;
    if (e.type === 'experiment.done') {
      flush();
      return void reload();
    }
    if (!('runId' in e)) return;
    if (!byId.value.has(e.runId)) return void reload();
    switch (e.type) {
      case 'run.done':
      case 'run.diverged':
      case 'run.failed':
      case 'run.cancelled':
      case 'run.interrupted':
        flush();
        setRun(e.runId, (r) => ({ ...r, summary: e.run, progress: null, lastEventAt: now() }));
        void loadDetail(e.runId);
        return;
      default:
        pending.push(e);
        flushTimer ??= setTimeout(flush, FLUSH_MS);
    }
  };

  const offEvent = client.onEvent(onEvent);
  let wasOffline = false;
  const offStatus = client.onStatus((s) => {
    if (s === 'online' && wasOffline) void reload();
    wasOffline = s !== 'online';
  });
  const runs = computed(() => [...byId.value.values()]);
  const active = computed(() => runs.value.some((r) => isActive(r.summary.status)));
  let timer: ReturnType<typeof setInterval> | null = null;
  watch(
    active,
    (on) => {
      if (timer) clearInterval(timer);
      timer = on && pollMs > 0 ? setInterval(() => void reload(), pollMs) : null;
    },
    { immediate: true },
  );
  watch(options.experimentId, () => void reload(), { immediate: true });
  onScopeDispose(() => {
    if (flushTimer) clearTimeout(flushTimer);
    offEvent();
    offStatus();
    if (timer) clearInterval(timer);
  });

  return {
    status,
    error,
    experiment,
    runs,
    active,
    reload,
    async cancelRun(runId) {
      const res = await client.api['runs.cancel']({ id: runId });
      return res.ok ? null : res.error.message;
    },
    async cancelAll() {
      const id = options.experimentId.value;
      if (!id) return null;
      const res = await client.api['experiments.cancel']({ id });
      return res.ok ? null : res.error.message;
    },
  };
}

function pickSummary(d: RunDetail): RunSummary {
  const { config: _c, costs: _k, checkpoints: _p, initialParams: _i, finalParams: _f, ...summary } = d;
  return summary;
}
