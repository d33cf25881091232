// The run and experiment configuration: one versioned, serialisable object with defaults. A run is a pure
// function of its RunConfig, so everything that changes a result (seeds and stream kind included) is here.
import { z } from 'zod';
import { ACTIVATIONS, ACTIVATION_NAMES, type ActivationName } from '../engine/nn/activations';
import type { OptimizerName } from '../engine/optim';
import { DataError, GENERATED_DATASET_NAMES, resolveDataParams, type DatasetName, type GeneratedDatasetName } from '../engine/data';
import { InitSpecError, formatInitSpec, initSpecOf, resolveInitSpec } from '../engine/init';
import { IdxDataSchema, MnistDataSchema, dataShape, outputUnitsFor } from './data-sets';
import { OPTIMIZER_SETTINGS, RECORD_SETTINGS, TRAINING_SETTINGS, defaultsOf, sectionSchema, shapeOf } from './settings';
import { customIssue, issueLine, issuesFromZod, issuesMessage, pathText, type ValidationIssue } from './issues';
import { cloneData } from './clone';

const SEED_MAX = 0xffffffff;

/** A seed: numpy's legacy seed() accepts integers in [0, 2^32 − 1], so both streams use that range. */
const Seed = z.number().int().min(0).max(SEED_MAX);
const PositiveInt = z.number().int().positive();
const ParamValue = z.union([z.number(), z.string()]);

/** The course's two noisy circles, shipped as data (300 train, 100 test). */
export const CourseCirclesDataSchema = z.strictObject({ kind: z.literal('course-circles') });


/** A generated 2-D data set: sizes, noise and its own seed. */
export const GeneratedDataSchema = z.strictObject({
  kind: z.enum(GENERATED_DATASET_NAMES as [GeneratedDatasetName, ...GeneratedDatasetName[]]),
  nTrain: PositiveInt.default(300),
  nTest: z.number().int().min(0).default(100),
  noise: z.number().min(0).default(0.1),
  seed: Seed.default(1),
  /** Generator-specific settings (e.g. circles' factor), checked against the data set registry. */
  params: z.record(z.string(), ParamValue).default({}),
}).superRefine((d, ctx) => {
  try {
    resolveDataParams(d.kind, d.params);
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    const key = e.field !== undefined && e.field in d.params ? e.field : null;
    ctx.addIssue({ code: 'custom', path: key ? ['params', key] : ['params'], input: key ? d.params[key] : d.params, message: e.message });
  }
});

/** An imported CSV, carried inline so the config alone reproduces the run. */
export const CsvDataSchema = z
  .strictObject({
    kind: z.literal('csv'),
    /** Where the data came from (a file name), for display only. */
    source: z.string().default(''),
    featureNames: z.array(z.string().min(1)).min(1),
    /** Sample rows, each with one value per feature. */
    x: z.array(z.array(z.number())).min(2),
    /** One class index (into classes) per row. */
    y: z.array(z.number().int().min(0)),
    /** Class names in index order, the labels as written, sorted; two-class files from before it have ["0", "1"]. */
    classes: z.array(z.string().min(1)).min(2).default(['0', '1']),
    /** Test rows from a file of their own (`--test-csv`); then the training rows train in file order, unsplit. */
    test: z
      .strictObject({ source: z.string().default(''), x: z.array(z.array(z.number())).min(1), y: z.array(z.number().int().min(0)) })
      .nullable()
      .optional(),
    testFraction: z.number().min(0).lt(1).default(0.2),
    splitSeed: Seed.default(1),
    standardize: z.boolean().default(true),
  })
  .superRefine((d, ctx) => {
    if (d.y.length !== d.x.length) {
      ctx.addIssue(customIssue(['y'], d.y.length, `one label per row (${d.x.length})`));
    }
    if (new Set(d.y).size < 2) {
      ctx.addIssue(customIssue(['y'], d.y.length ? d.y[0] : d.y, 'at least two classes among the labels'));
    }
    for (const [path, labels] of [[['y'], d.y], [['test', 'y'], d.test?.y ?? []]] as const) {
      const out = labels.findIndex((v) => v >= d.classes.length);
      if (out >= 0) ctx.addIssue(customIssue([...path, out], labels[out], `a class index below ${d.classes.length} (classes: ${d.classes.join(', ')})`));
    }
    for (const [path, rows] of [[['x'], d.x], [['test', 'x'], d.test?.x ?? []]] as const) {
      const bad = rows.findIndex((row) => row.length !== d.featureNames.length);
      if (bad >= 0) ctx.addIssue(customIssue([...path, bad], rows[bad], `${d.featureNames.length} values (one per feature)`));
    }
    if (d.test && d.test.y.length !== d.test.x.length) {
      ctx.addIssue(customIssue(['test', 'y'], d.test.y.length, `one label per test row (${d.test.x.length})`));
    }
  });

/** Where a run's data comes from. */
export const DataConfigSchema = z.discriminatedUnion('kind', [CourseCirclesDataSchema, GeneratedDataSchema, CsvDataSchema, MnistDataSchema, IdxDataSchema]);

// The data kinds accepted here are exactly the data set registry's names (a compile-time check).
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _dataKindsMatchRegistry: SameKeys<z.output<typeof DataConfigSchema>['kind'], DatasetName> = true;

/**
 * Layer sizes and the hidden layers' activation. The last size is the output: 1 = one sigmoid unit with binary
 * cross-entropy (two classes), K ≥ 2 = K softmax units with categorical cross-entropy (K classes).
 */
export const NetworkConfigSchema = z
  .strictObject({
    dims: z.array(PositiveInt).min(2).default([2, 10, 5, 1]),
    activation: z.enum(ACTIVATION_NAMES as [ActivationName, ...ActivationName[]]).default('relu'),
    /** The activation's parameters (leaky_relu: slope); missing ones take the registry's defaults. */
    activationParams: z.record(z.string(), z.number()).default({}),
  })
  .superRefine((n, ctx) => {
    const accepted = Object.keys(ACTIVATIONS[n.activation].defaults);
    for (const key of Object.keys(n.activationParams)) {
      if (!accepted.includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['activationParams', key],
          input: n.activationParams[key],
          message: `unknown parameter for ${n.activation}; accepted: ${accepted.length ? accepted.join(', ') : 'none'}`,
          params: { expected: accepted.length ? `one of ${accepted.join(', ')}` : 'no parameters' },
        });
      }
    }
  });

/** A weight initializer by registry name, its parameters, the constant every bias starts at and a weight multiplier. */
export const InitConfigSchema = z
  .strictObject({
    name: z.string(),
    params: z.record(z.string(), ParamValue).default({}),
    bias: z.number().default(0),
    /** What every weight matrix is multiplied by after drawing (biases untouched); absent means 1. */
    multiplier: z.number().positive({ error: 'expected a positive number' }).optional(),
  })
  .superRefine((init, ctx) => {
    for (const reserved of ['bias', 'multiplier'] as const) {
      if (reserved in init.params) {
        ctx.addIssue(customIssue(['params', reserved], init.params[reserved], `no ${reserved} here`, `it is init.${reserved}`));
        return;
      }
    }
    // A multiplier the field's own check refused is reported there, once.
    const multiplier = init.multiplier !== undefined && init.multiplier > 0 ? { multiplier: init.multiplier } : {};
    try {
      resolveInitSpec(init.name, { ...init.params, ...multiplier });
    } catch (e) {
      if (!(e instanceof InitSpecError)) throw e;
      // The registry names the field as "init" or "<initializer>.<parameter>"; map it onto this object.
      const key = e.field?.includes('.') ? e.field.slice(e.field.indexOf('.') + 1) : null;
      if (key === 'multiplier') {
        ctx.addIssue({ code: 'custom', path: ['multiplier'], input: init.multiplier, message: e.message });
        return;
      }
      const path = e.code === 'unknown_initializer' ? ['name'] : key && key in init.params ? ['params', key] : ['params'];
      const input = path[0] === 'name' ? init.name : key && key in init.params ? init.params[key] : init.params;
      ctx.addIssue({ code: 'custom', path, input, message: e.message });
    }
  })
  // Stored only when it changes something, so a config written before the multiplier existed reads back the same.
  .transform(({ multiplier, ...init }): { name: string; params: Record<string, string | number>; bias: number; multiplier?: number } =>
    multiplier === undefined || multiplier === 1 ? init : { ...init, multiplier },
  );

/** The update rule and its hyper-parameters (table: settings/optimizer.ts). batchSize null = full batch. */
export const OptimizerConfigSchema = sectionSchema(OPTIMIZER_SETTINGS);

/** What a run records and how often (table: settings/record.ts). */
export const RecordConfigSchema = sectionSchema(RECORD_SETTINGS);

const training = shapeOf(TRAINING_SETTINGS);

const runShape = {
  version: z.literal(1).default(1),
  data: DataConfigSchema.default({ kind: 'course-circles' }),
  network: NetworkConfigSchema.default({ dims: [2, 10, 5, 1], activation: 'relu', activationParams: {} }),
  init: InitConfigSchema.default({ name: 'he_normal', params: {}, bias: 0 }),
  /** Seed of the stream the weights are drawn from (and, after them, mini-batch order). */
  initSeed: Seed.default(1),
  /** Which random stream init, data generation and batching draw from. */
  rng: training.rng,
  optimizer: OptimizerConfigSchema.default(defaultsOf(OPTIMIZER_SETTINGS)),
  /** Number of parameter updates. */
  iterations: training.iterations,
  /** course: the course's cross-entropy from probabilities (can be infinite); stable: computed from logits. */
  loss: training.loss,
  record: RecordConfigSchema.default(defaultsOf(RECORD_SETTINGS)),
};

function baseShape() {
  const { init: _init, initSeed: _initSeed, ...rest } = runShape;
  return rest;
}

type DataConfigOut = z.output<typeof DataConfigSchema>;

function checkRun(
  r: { data: DataConfigOut; network: { dims: number[] }; optimizer: { name: OptimizerName; batchSize: number | null }; loss: string },
  ctx: z.RefinementCtx,
): void {
  const { nFeatures, classes } = dataShape(r.data);
  if (r.network.dims[0] !== nFeatures) {
    ctx.addIssue(customIssue(['network', 'dims', 0], r.network.dims[0], String(nFeatures), `the data set has ${nFeatures} feature${nFeatures === 1 ? '' : 's'}`));
  }
  const last = r.network.dims.length - 1;
  const units = r.network.dims[last];
  const K = classes.length;
  if (!(units === K || (units === 1 && K === 2))) {
    const expected = `${outputUnitsFor(K)}${K === 2 ? ' (one sigmoid unit) or 2 (softmax)' : ' (one softmax unit per class)'}`;
    ctx.addIssue(customIssue(['network', 'dims', last], units, expected, `the data set has ${K} classes (${classes.join(', ')})`));
  }
  if (units > 1 && r.loss === 'course') {
    ctx.addIssue(customIssue(['loss'], r.loss, 'stable', 'the course loss is for one sigmoid unit; softmax outputs take the categorical cross-entropy from the logits'));
  }
  if (r.optimizer.name === 'gd' && r.optimizer.batchSize !== null) {
    ctx.addIssue(customIssue(['optimizer', 'batchSize'], r.optimizer.batchSize, 'null', 'gd is full-batch; use sgd, momentum or adam for mini-batches'));
  }
}

/** One training run, fully specified. */
export const RunConfigSchema = z.strictObject(runShape).superRefine(checkRun);

/** An experiment's shared settings: a run config without the initializer and its seed. */
export const RunBaseSchema = z.strictObject(baseShape()).superRefine(checkRun);

/** One arm of an experiment: an initializer and an optional label (default: the initializer's name). */
export const ArmSchema = z.strictObject({
  label: z.string().min(1).optional(),
  init: InitConfigSchema,
});

/**
 * The key each arm's runs are stored and grouped under: the label a person wrote, else the initializer's name —
 * unless another arm has that name too (`he_normal` and `he_normal ×2`), then the whole spec
 * (`he_normal:multiplier=2`), so two arms never merge into one. Keys of experiments without such a clash are unchanged.
 */
export function armKeys(arms: readonly { label?: string; init: z.output<typeof InitConfigSchema> }[]): string[] {
  const plain = arms.map((a) => a.label ?? a.init.name);
  return arms.map((a, i) => {
    if (a.label !== undefined || plain.filter((k) => k === plain[i]).length === 1) return plain[i];
    return formatInitSpec(initSpecOf(a.init));
  });
}

/** A comparison: every arm trained with every init seed (and data seed), all arms on the same data. */
export const ExperimentConfigSchema = z
  .strictObject({
    version: z.literal(1).default(1),
    name: z.string().min(1).default('experiment'),
    base: RunBaseSchema,
    arms: z.array(ArmSchema).min(1),
    seeds: z
      .strictObject({
        init: z.array(Seed).min(1).default([1]),
        /** Data seeds (generated data's seed, a CSV's split seed); null keeps the base config's. */
        data: z.array(Seed).min(1).nullable().default(null),
      })
      .default({ init: [1], data: null }),
  })
  .superRefine((e, ctx) => {
    const kind = e.base.data.kind;
    if (e.seeds.data !== null && (kind === 'course-circles' || kind === 'mnist' || kind === 'idx')) {
      ctx.addIssue(customIssue(['seeds', 'data'], e.seeds.data, 'null', `${kind} is a fixed data set with no seed`));
    }
  });

/** A validated run configuration (defaults filled in). */
export type RunConfig = z.output<typeof RunConfigSchema>;
/** A run configuration as written: fields with defaults may be left out. */
export type RunConfigInput = z.input<typeof RunConfigSchema>;
/** Where a run's data comes from. */
export type DataConfig = z.output<typeof DataConfigSchema>;
/** A generated data set's config. */
export type GeneratedDataConfig = z.output<typeof GeneratedDataSchema>;
/** An imported CSV's config. */
export type CsvDataConfig = z.output<typeof CsvDataSchema>;
/** Network shape and activation. */
export type NetworkConfig = z.output<typeof NetworkConfigSchema>;
/** An initializer choice. */
export type InitConfig = z.output<typeof InitConfigSchema>;
/** Optimizer and hyper-parameters. */
export type OptimizerConfig = z.output<typeof OptimizerConfigSchema>;
/** What a run records. */
export type RecordConfig = z.output<typeof RecordConfigSchema>;
/** An experiment's shared settings. */
export type RunBase = z.output<typeof RunBaseSchema>;
/** One arm of an experiment. */
export type Arm = z.output<typeof ArmSchema>;
/** A validated experiment configuration. */
export type ExperimentConfig = z.output<typeof ExperimentConfigSchema>;
/** An experiment configuration as written. */
export type ExperimentConfigInput = z.input<typeof ExperimentConfigSchema>;

/** A config that failed validation, as data: a line for people and every issue for programs and forms. */
export interface ConfigError {
  code: 'invalid_config';
  message: string;
  issues: ValidationIssue[];
}

/** The outcome of validating a config. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ConfigError };

/** A config's issues as one line: `optimizer.lr: got -1; expected a number > 0 (and 2 more problems)`. */
export function configMessage(issues: readonly ValidationIssue[]): string {
  return issuesMessage(issues, (i) => issueLine(i, pathText(i.path, '(config)')));
}

function parseConfig<S extends z.ZodType>(schema: S, input: unknown): ParseResult<z.output<S>> {
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) return { ok: true, value: r.data };
  const issues = issuesFromZod(r.error.issues, input, schema);
  return { ok: false, error: { code: 'invalid_config', message: configMessage(issues), issues } };
}

/** Validates a run config from outside (IPC, HTTP, CLI, file), filling in defaults. */
export function parseRunConfig(input: unknown): ParseResult<RunConfig> {
  return parseConfig(RunConfigSchema, input);
}

/** Validates an experiment config from outside, filling in defaults. */
export function parseExperimentConfig(input: unknown): ParseResult<ExperimentConfig> {
  return parseConfig(ExperimentConfigSchema, input);
}

/** The course protocol: course circles, [2,10,5,1] ReLU, full-batch GD at lr 0.01 for 15000 updates, the course loss, numpy stream, seed 3, He init. */
export const COURSE_PRESET: RunConfig = RunConfigSchema.parse({
  data: { kind: 'course-circles' },
  network: { dims: [2, 10, 5, 1], activation: 'relu' },
  init: { name: 'he' },
  initSeed: 3,
  rng: 'numpy',
  optimizer: { name: 'gd', lr: 0.01, batchSize: null },
  iterations: 15000,
  loss: 'course',
  record: { costEvery: 1, checkpointEvery: 1000 },
});

/** The course's comparison: zeros, random (×10) and he on the course preset, init seed 3. */
export const COURSE_EXPERIMENT: ExperimentConfig = ExperimentConfigSchema.parse({
  name: 'course',
  base: baseOf(COURSE_PRESET),
  arms: [
    { label: 'zeros', init: { name: 'zeros' } },
    { label: 'random', init: { name: 'random' } },
    { label: 'he', init: { name: 'he' } },
  ],
  seeds: { init: [3], data: null },
});

/** Presets by name (the CLI's --preset). */
export const PRESETS = { course: COURSE_PRESET } as const satisfies Record<string, RunConfig>;

/** A preset's name. */
export type PresetName = keyof typeof PRESETS;

/** A run config's shared part (without init and initSeed), for building experiments from a run. */
export function baseOf(run: RunConfig): RunBase {
  const { init: _init, initSeed: _initSeed, ...base } = run;
  return cloneData(base);
}

/** One run of an expanded experiment, with the arm and seeds it came from. */
export interface ExperimentRun {
  armIndex: number;
  label: string;
  initSeed: number;
  /** The data seed applied, or null when the base config's data is used as is. */
  dataSeed: number | null;
  config: RunConfig;
}

function withDataSeed(data: DataConfig, seed: number | null): DataConfig {
  if (seed === null) return cloneData(data);
  if (data.kind === 'csv') return { ...cloneData(data), splitSeed: seed };
  if (data.kind === 'course-circles' || data.kind === 'mnist' || data.kind === 'idx') return cloneData(data);
  return { ...cloneData(data), seed };
}

// A run config from an experiment's parts with its keys in the schema's order (init and initSeed after network), so
// a stored config serialises exactly as a parsed one and exports round-trip byte for byte.
function runOf(base: RunBase, data: DataConfig, init: InitConfig, initSeed: number): RunConfig {
  const { version, data: _baseData, network, ...rest } = cloneData(base);
  return { version, data: cloneData(data), network, init: cloneData(init), initSeed, ...rest };
}

/** Every run of an experiment with its provenance: for each data seed, each init seed, each arm (arms share data and init seed). */
export function experimentRuns(exp: ExperimentConfig): ExperimentRun[] {
  return [...eachExperimentRun(exp)];
}

/** experimentRuns one at a time, in the same order, so a caller can pause between runs (10,000 configs take a while to make). */
export function* eachExperimentRun(exp: ExperimentConfig): Generator<ExperimentRun> {
  const keys = armKeys(exp.arms);
  for (const dataSeed of exp.seeds.data ?? [null]) {
    const data = withDataSeed(exp.base.data, dataSeed);
    for (const initSeed of exp.seeds.init) {
      for (let armIndex = 0; armIndex < exp.arms.length; armIndex++) {
        const arm = exp.arms[armIndex];
        yield { armIndex, label: keys[armIndex], initSeed, dataSeed, config: runOf(exp.base, data, arm.init, initSeed) };
      }
    }
  }
}

/** The run configs of an experiment: arms × init seeds × data seeds. */
export function expandExperiment(exp: ExperimentConfig): RunConfig[] {
  return experimentRuns(exp).map((r) => r.config);
}
