// The run and experiment configuration: one versioned, serialisable object with defaults. A run is a pure
// function of its RunConfig, so everything that changes a result (seeds and stream kind included) is here.
import { z } from 'zod';
import { ACTIVATIONS, ACTIVATION_NAMES, type ActivationName } from '../engine/nn/activations';
import { LOSS_NAMES } from '../engine/nn/loss';
import { OPTIMIZER_NAMES, type OptimizerName } from '../engine/optim';
import { RNG_KINDS } from '../engine/rng';
import { initProblem } from './init-check';

const SEED_MAX = 0xffffffff;

/** A seed: numpy's legacy seed() accepts integers in [0, 2^32 − 1], so both streams use that range. */
const Seed = z.number().int().min(0).max(SEED_MAX);
const PositiveInt = z.number().int().positive();
const ParamValue = z.union([z.number(), z.string()]);

/** The course's two noisy circles, shipped as data (300 train, 100 test). */
export const CourseCirclesDataSchema = z.object({ kind: z.literal('course-circles') });

/** Generated 2-D data sets. */
export const GENERATED_DATASETS = ['circles', 'moons', 'xor', 'spiral', 'blobs'] as const;

/** A generated 2-D data set: sizes, noise and its own seed. */
export const GeneratedDataSchema = z.object({
  kind: z.enum(GENERATED_DATASETS),
  nTrain: PositiveInt.default(300),
  nTest: z.number().int().min(0).default(100),
  noise: z.number().min(0).default(0.1),
  seed: Seed.default(1),
  /** Generator-specific settings (e.g. circles' factor), validated by the generator. */
  params: z.record(z.string(), ParamValue).default({}),
});

/** An imported CSV, carried inline so the config alone reproduces the run. */
export const CsvDataSchema = z
  .object({
    kind: z.literal('csv'),
    /** Where the data came from (a file name), for display only. */
    source: z.string().default(''),
    featureNames: z.array(z.string().min(1)).min(1),
    /** Sample rows, each with one value per feature. */
    x: z.array(z.array(z.number())).min(2),
    /** One 0/1 label per row. */
    y: z.array(z.union([z.literal(0), z.literal(1)])),
    testFraction: z.number().min(0).lt(1).default(0.2),
    splitSeed: Seed.default(1),
    standardize: z.boolean().default(true),
  })
  .superRefine((d, ctx) => {
    if (d.y.length !== d.x.length) {
      ctx.addIssue({ code: 'custom', path: ['y'], input: d.y.length, message: `expected one label per row (${d.x.length})` });
    }
    const bad = d.x.findIndex((row) => row.length !== d.featureNames.length);
    if (bad >= 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['x', bad],
        input: d.x[bad],
        message: `expected ${d.featureNames.length} values (one per feature)`,
      });
    }
  });

/** Where a run's data comes from. */
export const DataConfigSchema = z.discriminatedUnion('kind', [CourseCirclesDataSchema, GeneratedDataSchema, CsvDataSchema]);

/** Layer sizes and the hidden layers' activation; the output layer is always one sigmoid unit with cross-entropy. */
export const NetworkConfigSchema = z
  .object({
    dims: z.array(PositiveInt).min(2).default([2, 10, 5, 1]),
    activation: z.enum(ACTIVATION_NAMES as [ActivationName, ...ActivationName[]]).default('relu'),
    /** The activation's parameters (leaky_relu: slope); missing ones take the registry's defaults. */
    activationParams: z.record(z.string(), z.number()).default({}),
  })
  .superRefine((n, ctx) => {
    if (n.dims[n.dims.length - 1] !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['dims', n.dims.length - 1],
        input: n.dims[n.dims.length - 1],
        message: 'expected 1: the output layer is a single sigmoid unit',
      });
    }
    const accepted = Object.keys(ACTIVATIONS[n.activation].defaults);
    for (const key of Object.keys(n.activationParams)) {
      if (!accepted.includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['activationParams', key],
          input: n.activationParams[key],
          message: `unknown parameter for ${n.activation}; accepted: ${accepted.length ? accepted.join(', ') : 'none'}`,
        });
      }
    }
  });

/** A weight initializer by registry name, its parameters, and the constant every bias starts at. */
export const InitConfigSchema = z
  .object({
    name: z.string(),
    params: z.record(z.string(), ParamValue).default({}),
    bias: z.number().default(0),
  })
  .superRefine((init, ctx) => {
    const problem = initProblem(init.name, init.params);
    if (problem) ctx.addIssue({ code: 'custom', path: problem.path, input: problem.input, message: problem.message });
  });

/** The update rule and its hyper-parameters. batchSize null = full batch. */
export const OptimizerConfigSchema = z.object({
  name: z.enum(OPTIMIZER_NAMES as [OptimizerName, ...OptimizerName[]]).default('gd'),
  lr: z.number().positive().finite().default(0.01),
  batchSize: PositiveInt.nullable().default(null),
  beta1: z.number().min(0).lt(1).default(0.9),
  beta2: z.number().min(0).lt(1).default(0.999),
  epsilon: z.number().positive().default(1e-8),
  momentum: z.number().min(0).lt(1).default(0.9),
});

/** What a run records and how often. */
export const RecordConfigSchema = z.object({
  /** Record the cost every k iterations (iteration 0 always). */
  costEvery: PositiveInt.default(1),
  /** Take a checkpoint every k iterations; iteration 0 and the final state are always taken. */
  checkpointEvery: PositiveInt.default(1000),
  /** Side of the decision-boundary grid of output probabilities; 0 = none. */
  boundaryGrid: z.number().int().min(0).max(400).default(100),
  /** Per-layer statistics at checkpoints. */
  layerStats: z.boolean().default(true),
  /** Bins of the weight and activation histograms at checkpoints; 0 = none. */
  histogramBins: z.number().int().min(0).max(200).default(20),
});

const runShape = {
  version: z.literal(1).default(1),
  data: DataConfigSchema.default({ kind: 'course-circles' }),
  network: NetworkConfigSchema.default({ dims: [2, 10, 5, 1], activation: 'relu', activationParams: {} }),
  init: InitConfigSchema.default({ name: 'he_normal', params: {}, bias: 0 }),
  /** Seed of the stream the weights are drawn from (and, after them, mini-batch order). */
  initSeed: Seed.default(1),
  /** Which random stream init, data generation and batching draw from. */
  rng: z.enum(RNG_KINDS).default('seedrandom'),
  optimizer: OptimizerConfigSchema.default({
    name: 'gd',
    lr: 0.01,
    batchSize: null,
    beta1: 0.9,
    beta2: 0.999,
    epsilon: 1e-8,
    momentum: 0.9,
  }),
  /** Number of parameter updates. */
  iterations: PositiveInt.default(15000),
  /** course: the course's cross-entropy from probabilities (can be infinite); stable: computed from logits. */
  loss: z.enum(LOSS_NAMES as ['course', 'stable']).default('stable'),
  record: RecordConfigSchema.default({
    costEvery: 1,
    checkpointEvery: 1000,
    boundaryGrid: 100,
    layerStats: true,
    histogramBins: 20,
  }),
};

type DataConfigOut = z.output<typeof DataConfigSchema>;

function featureCount(data: DataConfigOut): number {
  return data.kind === 'csv' ? data.featureNames.length : 2;
}

function checkRun(r: { data: DataConfigOut; network: { dims: number[] }; optimizer: { name: OptimizerName; batchSize: number | null } }, ctx: z.RefinementCtx): void {
  const nFeatures = featureCount(r.data);
  if (r.network.dims[0] !== nFeatures) {
    ctx.addIssue({
      code: 'custom',
      path: ['network', 'dims', 0],
      input: r.network.dims[0],
      message: `expected ${nFeatures}: the data set has ${nFeatures} feature${nFeatures === 1 ? '' : 's'}`,
    });
  }
  if (r.optimizer.name === 'gd' && r.optimizer.batchSize !== null) {
    ctx.addIssue({
      code: 'custom',
      path: ['optimizer', 'batchSize'],
      input: r.optimizer.batchSize,
      message: 'expected null: gd is full-batch; use sgd, momentum or adam for mini-batches',
    });
  }
}

/** One training run, fully specified. */
export const RunConfigSchema = z.object(runShape).superRefine(checkRun);

/** An experiment's shared settings: a run config without the initializer and its seed. */
export const RunBaseSchema = z
  .object({ ...runShape, init: undefined, initSeed: undefined })
  .omit({ init: true, initSeed: true })
  .superRefine(checkRun);

/** One arm of an experiment: an initializer and an optional label (default: the initializer's name). */
export const ArmSchema = z.object({
  label: z.string().min(1).optional(),
  init: InitConfigSchema,
});

/** A comparison: every arm trained with every init seed (and data seed), all arms on the same data. */
export const ExperimentConfigSchema = z
  .object({
    version: z.literal(1).default(1),
    name: z.string().min(1).default('experiment'),
    base: RunBaseSchema,
    arms: z.array(ArmSchema).min(1),
    seeds: z
      .object({
        init: z.array(Seed).min(1).default([1]),
        /** Data seeds (generated data's seed, a CSV's split seed); null keeps the base config's. */
        data: z.array(Seed).min(1).nullable().default(null),
      })
      .default({ init: [1], data: null }),
  })
  .superRefine((e, ctx) => {
    if (e.seeds.data !== null && e.base.data.kind === 'course-circles') {
      ctx.addIssue({
        code: 'custom',
        path: ['seeds', 'data'],
        input: e.seeds.data,
        message: 'expected null: course-circles is a fixed data set with no seed',
      });
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
