// An in-memory lab for component tests: the whole LabApi over maps, events pushed by hand.
// It never trains: runs stay queued until a test finishes them with `finishRun` (or pushes events itself).
import { dataShape } from '../../../shared/contract/data-sets';
import { experimentRuns, parseExperimentConfig } from '../../../shared/contract/config';
import { fail, ok, type Result } from '../../../shared/contract/errors';
import type { LabEvent } from '../../../shared/contract/events';
import { createLabApi, type LabInvoke, type OperationName, type OpInput } from '../../../shared/contract/operations';
import {
  FINISHED_STATUSES,
  RUN_STATUSES,
  type ExperimentDetail,
  type ExperimentSummary,
  type RegistryInfo,
  type RunDetail,
  type RunStatus,
  type RunSummary,
  type StatusCounts,
} from '../../../shared/contract/records';
import { registryInfo } from '../../../electron/service/registry-info';
import type { Checkpoint, CostPoint, Params } from '../../../shared/engine/types';
import { createListeners, type ConnectionStatus, type LabClient } from '../../../renderer/src/api/client';

/** What a finished run adds to its stored record. */
export interface FinishedRun {
  status?: RunStatus;
  costs: CostPoint[];
  checkpoints: Checkpoint[];
  trainAccuracy: number;
  testAccuracy: number;
  finalCost: number;
  divergedAt?: number | null;
  firstNonFiniteIteration?: number | null;
  trainSeconds?: number;
  initialParams?: Params | null;
  finalParams?: Params | null;
  /** Why the run failed (a `failed` run's reason, e.g. "not stored: FILE: …"). */
  errorMessage?: string | null;
}

/** The in-memory lab: a LabClient plus handles for tests. */
export interface MemoryLab extends LabClient {
  readonly experiments: Map<string, ExperimentDetail>;
  readonly runs: Map<string, RunDetail>;
  /** Every call made, in order. */
  readonly calls: { name: OperationName; input: unknown }[];
  /** Files saved through saveFile. */
  readonly saved: { name: string; data: Blob }[];
  emit(event: LabEvent): void;
  setStatus(status: ConnectionStatus): void;
  /** Stores a run's results, marks it finished and emits its ending event. */
  finishRun(runId: string, result: FinishedRun): void;
}

/** Options of createMemoryLab. */
export interface MemoryLabOptions {
  registry?: RegistryInfo;
  /** Fixed clock for timestamps (ISO strings); defaults to a counter from 2026-01-01. */
  now?: () => string;
}


function counts(runs: readonly RunSummary[]): StatusCounts {
  const c = Object.fromEntries(RUN_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const r of runs) c[r.status]++;
  return c;
}

function summaryOf(d: RunDetail): RunSummary {
  const { config: _c, classes: _cl, costs: _k, checkpoints: _p, initialParams: _i, finalParams: _f, ...s } = d;
  return { ...s, tags: [...s.tags] };
}

/** Creates an empty in-memory lab. */
export function createMemoryLab(options: MemoryLabOptions = {}): MemoryLab {
  let tick = 0;
  const now = options.now ?? (() => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString());
  let nextId = 1;
  const newId = (prefix: string) => `${prefix}${nextId++}`;
  const experiments = new Map<string, ExperimentDetail>();
  const runs = new Map<string, RunDetail>();
  const calls: { name: OperationName; input: unknown }[] = [];
  const saved: { name: string; data: Blob }[] = [];
  const events = createListeners<LabEvent>();
  const statuses = createListeners<ConnectionStatus>();
  let status: ConnectionStatus = 'online';
  const registry = options.registry ?? registryInfo();

  const refresh = (experimentId: string) => {
    const e = experiments.get(experimentId);
    if (!e) return;
    const rs = [...runs.values()].filter((r) => r.experimentId === experimentId).map(summaryOf);
    const c = counts(rs);
    experiments.set(experimentId, { ...e, runs: rs, counts: c, runCount: rs.length, status: c.queued + c.running > 0 ? 'running' : 'finished' });
  };
  const expSummary = (e: ExperimentDetail): ExperimentSummary => {
    const { config: _c, runs: _r, ...s } = e;
    return s;
  };

  const handlers: { [N in OperationName]?: (input: OpInput<N>) => Result<unknown> } = {
    'experiments.start': (input) => {
      const parsed = parseExperimentConfig(input.experiment);
      if (!parsed.ok) return fail('invalid_input', parsed.error.message);
      const id = newId('e');
      const createdAt = now();
      const runIds: string[] = [];
      experiments.set(id, {
        id,
        name: input.name ?? parsed.value.name,
        kind: 'experiment',
        createdAt,
        status: 'running',
        counts: counts([]),
        runCount: 0,
        tags: input.tags ?? [],
        notes: '',
        config: parsed.value,
        runs: [],
      });
      for (const r of experimentRuns(parsed.value)) {
        const rid = newId('r');
        runIds.push(rid);
        runs.set(rid, {
          id: rid,
          experimentId: id,
          name: r.label,
          arm: r.label,
          status: 'queued',
          dataset: r.config.data.kind,
          init: r.config.init.name,
          initSeed: r.initSeed,
          dataSeed: r.dataSeed ?? 0,
          iterations: r.config.iterations,
          iterationsRun: null,
          trainAccuracy: null,
          testAccuracy: null,
          finalCost: null,
          divergedAt: null,
          firstNonFiniteIteration: null,
          errorMessage: null,
          engineVersion: 'memory',
          createdAt,
          startedAt: null,
          finishedAt: null,
          trainSeconds: null,
          tags: [],
          notes: '',
          sweep: null,
          config: r.config,
          classes: dataShape(r.config.data).classes,
          costs: [],
          checkpoints: [],
          initialParams: null,
          finalParams: null,
        });
      }
      refresh(id);
      return ok({ experimentId: id, runIds });
    },
    'experiments.list': (input) =>
      ok(
        [...experiments.values()]
          .filter((e) => !input?.kind || e.kind === input.kind)
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
          .slice(0, input?.limit ?? 500)
          .map(expSummary),
      ),
    'experiments.get': ({ id }) => {
      const e = experiments.get(id);
      return e ? ok(e) : fail('not_found', `no experiment ${id}`);
    },
    'experiments.update': ({ id, ...patch }) => {
      const e = experiments.get(id);
      if (!e) return fail('not_found', `no experiment ${id}`);
      experiments.set(id, { ...e, ...patch });
      return ok(expSummary(experiments.get(id) as ExperimentDetail));
    },
    'experiments.cancel': ({ id }) => {
      let cancelled = 0;
      for (const r of runs.values()) {
        if (r.experimentId === id && (r.status === 'queued' || r.status === 'running')) {
          runs.set(r.id, { ...r, status: 'cancelled', finishedAt: now() });
          cancelled++;
        }
      }
      refresh(id);
      return ok({ cancelled });
    },
    'experiments.delete': ({ id }) => {
      let deleted = 0;
      for (const r of [...runs.values()]) if (r.experimentId === id && runs.delete(r.id)) deleted++;
      experiments.delete(id);
      return ok({ deleted });
    },
    'runs.list': (input) => {
      const q = input ?? {};
      const statusesWanted = q.status == null ? null : Array.isArray(q.status) ? q.status : [q.status];
      const search = q.search?.toLowerCase();
      let list = [...runs.values()].map(summaryOf).filter(
        (r) =>
          (!q.experimentId || r.experimentId === q.experimentId) &&
          (!q.dataset || r.dataset === q.dataset) &&
          (!q.init || r.init === q.init) &&
          (!q.tag || r.tags.includes(q.tag)) &&
          (!statusesWanted || statusesWanted.includes(r.status)) &&
          (!search || [r.name, r.arm, r.init, r.dataset, r.notes, ...r.tags].some((f) => f.toLowerCase().includes(search))),
      );
      const key = q.sort ?? 'createdAt';
      const dir = q.order === 'asc' ? 1 : -1;
      list = list.sort((a, b) => {
        const x = a[key as keyof RunSummary] as string | number | null;
        const y = b[key as keyof RunSummary] as string | number | null;
        if (x === y) return 0;
        if (x == null) return 1;
        if (y == null) return -1;
        return (x < y ? -1 : 1) * dir;
      });
      const total = list.length;
      const offset = q.offset ?? 0;
      return ok({ runs: list.slice(offset, offset + (q.limit ?? 1000)), total });
    },
    'runs.get': ({ id }) => {
      const r = runs.get(id);
      return r ? ok(r) : fail('not_found', `no run ${id}`);
    },
    'runs.cancel': ({ id }) => {
      const r = runs.get(id);
      if (!r) return fail('not_found', `no run ${id}`);
      if (FINISHED_STATUSES.includes(r.status)) return fail('conflict', `run ${id} is already ${r.status}`);
      runs.set(id, { ...r, status: 'cancelled', finishedAt: now() });
      refresh(r.experimentId);
      return ok({ status: 'cancelled' as RunStatus });
    },
    'runs.rerun': ({ id }) => {
      const r = runs.get(id);
      if (!r) return fail('not_found', `no run ${id}`);
      runs.set(id, { ...r, status: 'queued', costs: [], checkpoints: [], finishedAt: null, trainAccuracy: null, testAccuracy: null, finalCost: null });
      refresh(r.experimentId);
      return ok({ id });
    },
    'runs.update': ({ id, ...patch }) => {
      const r = runs.get(id);
      if (!r) return fail('not_found', `no run ${id}`);
      runs.set(id, { ...r, ...patch });
      refresh(r.experimentId);
      return ok(summaryOf(runs.get(id) as RunDetail));
    },
    'runs.delete': ({ ids }) => {
      let deleted = 0;
      for (const id of ids) {
        const r = runs.get(id);
        if (r && runs.delete(id)) {
          deleted++;
          refresh(r.experimentId);
        }
      }
      return ok({ deleted });
    },
    'export.run': ({ id }) => {
      const r = runs.get(id);
      return r ? ok({ fileName: `run-${id}.json`, mimeType: 'application/json', text: JSON.stringify(summaryOf(r)) }) : fail('not_found', `no run ${id}`);
    },
    'export.experiment': ({ id }) => {
      const e = experiments.get(id);
      return e ? ok({ fileName: `experiment-${id}.json`, mimeType: 'application/json', text: JSON.stringify(expSummary(e)) }) : fail('not_found', `no experiment ${id}`);
    },
    'export.csv': ({ runIds }) => {
      const lines = ['run_id,iteration,cost'];
      for (const id of runIds) for (const p of runs.get(id)?.costs ?? []) lines.push(`${id},${p.iteration},${p.cost}`);
      return ok({ fileName: 'costs.csv', mimeType: 'text/csv', text: `${lines.join('\n')}\n` });
    },
    'import.bundle': () => fail('bad_bundle', 'the in-memory lab does not read bundles'),
    'registry.get': () => ok(registry),
    'system.info': () =>
      ok({ appVersion: 'memory', engineVersion: 'memory', schemaVersion: 1, dataDir: '', databasePath: '', poolSize: 3, cores: 2, platform: 'memory', nodeVersion: '', activeRuns: 0 }),
  };

  const invoke: LabInvoke = async (name, input) => {
    calls.push({ name, input });
    if (status !== 'online') return fail('unavailable', 'the lab service is not reachable');
    const h = handlers[name] as ((i: unknown) => Result<unknown>) | undefined;
    return h ? h(input) : fail('unavailable', `${name} is not available in the in-memory lab`);
  };

  return {
    kind: 'memory',
    api: createLabApi(invoke),
    experiments,
    runs,
    calls,
    saved,
    onEvent: (l) => events.add(l),
    onStatus(l) {
      l(status);
      return statuses.add(l);
    },
    async saveFile(name, data) {
      saved.push({ name, data });
    },
    close() {},
    emit: (e) => events.emit(e),
    setStatus(s) {
      status = s;
      statuses.emit(s);
    },
    finishRun(runId, result) {
      const r = runs.get(runId);
      if (!r) throw new Error(`no run ${runId}`);
      const finished: RunDetail = {
        ...r,
        status: result.status ?? 'done',
        costs: result.costs,
        checkpoints: result.checkpoints,
        trainAccuracy: result.trainAccuracy,
        testAccuracy: result.testAccuracy,
        finalCost: result.finalCost,
        divergedAt: result.divergedAt ?? null,
        firstNonFiniteIteration: result.firstNonFiniteIteration ?? null,
        iterationsRun: r.iterations,
        trainSeconds: result.trainSeconds ?? 1,
        initialParams: result.initialParams ?? null,
        finalParams: result.finalParams ?? null,
        errorMessage: result.errorMessage ?? null,
        startedAt: r.startedAt ?? now(),
        finishedAt: now(),
      };
      runs.set(runId, finished);
      refresh(r.experimentId);
      const type = `run.${finished.status === 'done' ? 'done' : finished.status}` as 'run.done';
      events.emit({ type, runId, experimentId: r.experimentId, status: finished.status, run: summaryOf(finished) });
      const e = experiments.get(r.experimentId);
      if (e && e.status === 'finished') events.emit({ type: 'experiment.done', experimentId: e.id, counts: e.counts });
    },
  };
}
