// The service's operations: one map, each with its input schema and its output type.
// Every door (IPC, HTTP, CLI) and every client is derived from this map; see LabApi and parseOperationInput.
import { z } from 'zod';
import { fail, parseWith, type Result } from './errors';
import type { IdxDataConfig } from './data-sets';
import {
  RUN_STATUSES,
  type ExperimentDetail,
  type ExperimentSummary,
  type ExportFile,
  type RegistryInfo,
  type RunDetail,
  type RunStatus,
  type RunSummary,
  type SweepDetail,
  type SystemInfo,
} from './records';

/** An operation: how its input is validated and (as a type only) what it answers. */
export interface OperationDef<I extends z.ZodType, O> {
  input: I;
  summary: string;
  /** Whether the operation only reads (doors may cache or use GET for it). */
  readOnly: boolean;
  /** Type carrier only; never set at run time. */
  readonly output?: O;
}

function op<O>() {
  return <I extends z.ZodType>(input: I, summary: string, readOnly = false): OperationDef<I, O> => ({ input, summary, readOnly });
}

const id = z.string().min(1).max(200);
const tag = z.string().trim().min(1).max(64);
const none = z.object({}).strict().optional();
const filePath = z.string().trim().min(1, { error: 'expected a file path' }).max(4096);

/**
 * A config crossing a boundary. The service validates it with shared/contract/config.ts
 * (parseRunConfig / the ExperimentConfig schema) and reports the field and value that fail.
 */
const configPayload = z.unknown().refine((v) => v !== undefined && v !== null, 'a config is required');

/** Sort keys runs.list accepts. */
export const RUN_SORT_KEYS = [
  'createdAt',
  'name',
  'status',
  'dataset',
  'init',
  'initSeed',
  'trainAccuracy',
  'testAccuracy',
  'finalCost',
  'trainSeconds',
] as const;

/** Filters and sorting for runs.list. `search` matches name, arm, init, dataset, notes and tags (case-insensitive). */
export const RunListQuery = z
  .object({
    experimentId: id.optional(),
    dataset: z.string().optional(),
    init: z.string().optional(),
    tag: z.string().optional(),
    status: z.union([z.enum(RUN_STATUSES), z.array(z.enum(RUN_STATUSES))]).optional(),
    search: z.string().max(200).optional(),
    sort: z.enum(RUN_SORT_KEYS).default('createdAt'),
    order: z.enum(['asc', 'desc']).default('desc'),
    limit: z.number().int().min(1).max(10_000).default(1000),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

/** Input of runs.list after defaults. */
export type RunListQuery = z.output<typeof RunListQuery>;

/** data.describeIdx's answer: the data config the files make, and how many images each set holds. */
export interface IdxDescription {
  config: IdxDataConfig;
  nTrain: number;
  nTest: number;
}

/** The whole map. Names are `family.verb`; inputs are objects (or nothing). */
export const OPERATIONS = {
  'experiments.start': op<{ experimentId: string; runIds: string[] }>()(
    z.object({ experiment: configPayload, name: z.string().max(200).optional(), tags: z.array(tag).max(50).optional() }).strict(),
    'Store an experiment (base config + arms × seeds) and queue its runs.',
  ),
  'experiments.list': op<ExperimentSummary[]>()(
    z
      .object({ kind: z.enum(['experiment', 'sweep']).optional(), limit: z.number().int().min(1).max(10_000).default(500) })
      .strict()
      .default({ limit: 500 }),
    'List experiments, newest first.',
    true,
  ),
  'experiments.get': op<ExperimentDetail>()(z.object({ id }).strict(), 'One experiment with its runs.', true),
  'experiments.update': op<ExperimentSummary>()(
    z.object({ id, name: z.string().max(200).optional(), tags: z.array(tag).max(50).optional(), notes: z.string().max(20_000).optional() }).strict(),
    'Rename, retag or annotate an experiment.',
  ),
  'experiments.cancel': op<{ cancelled: number }>()(z.object({ id }).strict(), 'Cancel every queued or running run of an experiment.'),
  'experiments.delete': op<{ deleted: number }>()(z.object({ id }).strict(), 'Delete an experiment and all its runs (cancels those still active).'),

  'runs.list': op<{ runs: RunSummary[]; total: number }>()(RunListQuery.default(RunListQuery.parse({})), 'List runs with filters and sorting.', true),
  'runs.get': op<RunDetail>()(
    z
      .object({
        id,
        /** Leave out the heavy parts when only the summary and config are wanted. */
        include: z
          .object({ costs: z.boolean().default(true), checkpoints: z.boolean().default(true), params: z.boolean().default(true) })
          .strict()
          .optional(),
      })
      .strict(),
    'One run with its config, costs, checkpoints and parameters.',
    true,
  ),
  'runs.cancel': op<{ status: RunStatus }>()(z.object({ id }).strict(), 'Cancel a queued or running run; a training run stops within a second.'),
  'runs.rerun': op<{ id: string }>()(
    z.object({ id }).strict(),
    'Clear a finished run (interrupted, failed, cancelled, ...) and queue it again with the same config.',
  ),
  'runs.update': op<RunSummary>()(
    z.object({ id, name: z.string().max(200).optional(), tags: z.array(tag).max(50).optional(), notes: z.string().max(20_000).optional() }).strict(),
    'Rename, retag or annotate a run.',
  ),
  'runs.delete': op<{ deleted: number }>()(z.object({ ids: z.array(id).min(1).max(10_000) }).strict(), 'Delete runs (cancels those still active).'),

  'export.run': op<ExportFile>()(z.object({ id }).strict(), 'A run as a versioned JSON bundle.', true),
  'export.experiment': op<ExportFile>()(z.object({ id }).strict(), 'An experiment and all its runs as a versioned JSON bundle.', true),
  'export.csv': op<ExportFile>()(
    z.object({ runIds: z.array(id).min(1).max(10_000), what: z.enum(['costs', 'checkpoints']).default('costs') }).strict(),
    'Metrics of runs as CSV (long format: one row per run and iteration).',
    true,
  ),
  'import.bundle': op<{ experimentIds: string[]; runIds: string[] }>()(
    z.object({ text: z.string().min(1) }).strict(),
    'Validate a bundle and store it in one transaction; a bad file writes nothing.',
  ),

  'sweeps.start': op<{ sweepId: string; runIds: string[] }>()(
    z
      .object({
        /** The base RunConfig; its initializer is the family whose scale is swept. */
        base: configPayload,
        scales: z.array(z.number().positive().finite()).min(1).max(200),
        seeds: z.array(z.number().int().min(0)).min(1).max(1000),
        /** Vary the data seed with the init seed (default: data seed fixed). */
        varyDataSeed: z.boolean().default(false),
        name: z.string().max(200).optional(),
      })
      .strict(),
    'Queue a scale sweep: scales × seeds runs of one initializer, tagged with the sweep.',
  ),
  'sweeps.phase': op<{ sweepId: string; runIds: string[] }>()(
    z
      .object({
        /** Data, optimizer, iterations, recording and the bias constant (σ_b² = bias²); default: moons, 300 SGD steps. */
        base: configPayload.optional(),
        width: z.number().int().min(1).max(512).optional(),
        sigmaW2: z.array(z.number().positive().finite()).min(1).max(100).optional(),
        depths: z.array(z.number().int().min(1).max(500)).min(1).max(100).optional(),
        seeds: z.array(z.number().int().min(0)).min(1).max(100).optional(),
        name: z.string().max(200).optional(),
      })
      .strict(),
    'Queue a mean-field phase diagram: tanh MLPs over σ_w² × depth × seeds (defaults: σ_w² 1–4, depth to 60, 2 seeds).',
  ),
  'sweeps.resume': op<{ requeued: number }>()(z.object({ id }).strict(), 'Queue again every cell of a sweep that did not finish.'),
  'sweeps.get': op<SweepDetail>()(z.object({ id }).strict(), 'A sweep grid with each cell status and final numbers.', true),

  'data.describeIdx': op<IdxDescription>()(
    z
      .object({ trainImages: filePath, trainLabels: filePath, testImages: filePath, testLabels: filePath })
      .strict(),
    'Read four IDX files by path (on the machine the service runs on) into an idx data config, with their sizes and classes.',
    true,
  ),

  'registry.get': op<RegistryInfo>()(none, 'The initializer, activation, optimizer and data set catalogues.', true),
  'system.info': op<SystemInfo>()(none, 'Versions, data directory, pool size.', true),
} as const;

/** The name of an operation. */
export type OperationName = keyof typeof OPERATIONS;

/** Every operation name, in map order. */
export const OPERATION_NAMES = Object.keys(OPERATIONS) as OperationName[];

/** What a caller passes to operation N (before defaults). */
export type OpInput<N extends OperationName> = z.input<(typeof OPERATIONS)[N]['input']>;

/** What the service sees for operation N (after validation and defaults). */
export type OpParsed<N extends OperationName> = z.output<(typeof OPERATIONS)[N]['input']>;

/** What operation N answers. */
export type OpOutput<N extends OperationName> = (typeof OPERATIONS)[N] extends OperationDef<z.ZodType, infer O> ? O : never;

/** The typed client surface: one async method per operation, errors as data. Both IPC and HTTP clients implement it. */
export type LabApi = {
  [N in OperationName]: (input: OpInput<N>) => Promise<Result<OpOutput<N>>>;
};

/**
 * A transport a client is built on: send one operation by name, get its Result back. A transport moves data it
 * cannot type (IPC clones, HTTP JSON), so it answers `Result<unknown>`; createLabApi types it by the map.
 */
export type LabInvoke = (name: OperationName, input: unknown) => Promise<Result<unknown>>;

/** True for a known operation name. */
export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(OPERATIONS, name);
}

/** Validates a raw payload for the named operation (unknown names give `unknown_operation`). */
export function parseOperationInput<N extends OperationName>(name: N, raw: unknown): Result<OpParsed<N>>;
export function parseOperationInput(name: string, raw: unknown): Result<unknown>;
export function parseOperationInput(name: string, raw: unknown): Result<unknown> {
  if (!isOperationName(name)) return fail('unknown_operation', `no operation named ${JSON.stringify(name)}`);
  return parseWith(OPERATIONS[name].input, raw, name);
}

/** Builds a LabApi from a transport: `api['runs.list']({ status: 'done' })`. */
export function createLabApi(invoke: LabInvoke): LabApi {
  const api = {} as Record<OperationName, (input: unknown) => Promise<Result<unknown>>>;
  for (const name of OPERATION_NAMES) api[name] = (input) => invoke(name, input);
  // The one place a transport's answer takes its operation's type: the service answers what the map says.
  return api as LabApi;
}
