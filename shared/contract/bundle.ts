// The versioned export bundle: experiments and runs with everything stored about them, typed arrays kept exact.
// On disk a bundle is wire-encoded JSON (shared/contract/wire.ts); parseBundle validates the decoded value.
import { z } from 'zod';
import type { Checkpoint, Params } from '../engine/types';
import { fail, parseWith, type Result } from './errors';
import { RUN_STATUSES, type RunSummary } from './records';
import { parseWire, stringifyWire } from './wire';

/** The `format` field every bundle carries. */
export const BUNDLE_FORMAT = 'init-lab-bundle';

/** The bundle format version this code writes; it reads this version and older ones. */
export const BUNDLE_VERSION = 1;

/** Any number, NaN and ±Infinity included (costs can be infinite; z.number() rejects them). */
const anyNumber = z.custom<number>((v) => typeof v === 'number', 'expected a number');
const f64 = z.custom<Float64Array>((v) => v instanceof Float64Array, 'expected a Float64Array');
const i32 = z.custom<Int32Array>((v) => v instanceof Int32Array, 'expected an Int32Array');
const isoTime = z.string().min(1);

const params = z
  .strictObject({ dims: z.array(z.number().int().positive()).min(2), W: z.array(f64), b: z.array(f64) })
  .superRefine((p, ctx) => {
    const layers = p.dims.length - 1;
    if (p.W.length !== layers || p.b.length !== layers) {
      ctx.addIssue({ code: 'custom', message: `expected ${layers} weight matrices and bias vectors for dims ${p.dims.join(',')}` });
      return;
    }
    for (let l = 0; l < layers; l++) {
      if (p.W[l].length !== p.dims[l + 1] * p.dims[l]) ctx.addIssue({ code: 'custom', path: ['W', l], message: `expected ${p.dims[l + 1]}×${p.dims[l]} entries` });
      if (p.b[l].length !== p.dims[l + 1]) ctx.addIssue({ code: 'custom', path: ['b', l], message: `expected ${p.dims[l + 1]} entries` });
    }
  });

const layerStats = z.strictObject({
  layer: z.number().int(),
  wMean: anyNumber,
  wStd: anyNumber,
  zMean: anyNumber,
  zStd: anyNumber,
  aMean: anyNumber,
  aStd: anyNumber,
  dwMean: anyNumber,
  dwStd: anyNumber,
  dzStd: anyNumber,
  // Bundles written before dA was recorded lack it: NaN says "not recorded".
  daStd: anyNumber.optional().transform((v) => v ?? NaN),
  deadFraction: anyNumber,
  saturatedFraction: anyNumber,
  symmetry: anyNumber,
});

const histogram = z.strictObject({ min: anyNumber, max: anyNumber, counts: z.array(z.number()) });

const boundary = z
  .strictObject({ size: z.number().int().positive(), xMin: anyNumber, xMax: anyNumber, yMin: anyNumber, yMax: anyNumber, probs: f64 })
  .refine((g) => g.probs.length === g.size * g.size, { message: 'probs must hold size × size values', path: ['probs'] });

const checkpoint = z.strictObject({
  iteration: z.number().int().min(0),
  cost: anyNumber,
  trainAccuracy: anyNumber,
  testAccuracy: anyNumber,
  layers: z.array(layerStats),
  boundary: boundary.nullable(),
  histograms: z.array(z.strictObject({ layer: z.number().int(), weights: histogram, activations: histogram, gradients: histogram.optional() })).optional(),
  confusion: z.array(z.array(z.number().int().min(0))).optional(),
  perClassAccuracy: z.array(anyNumber).optional(),
  predictionSample: z
    .strictObject({
      indices: z.array(z.number().int().min(0)),
      labels: z.array(z.number().int().min(0)),
      predicted: z.array(z.number().int().min(0)),
      confidence: z.array(anyNumber),
      images: z.strictObject({ width: z.number().int().positive(), height: z.number().int().positive(), pixels: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected a Uint8Array') }).nullable(),
    })
    .optional(),
  params: z
    .strictObject({ W: z.array(f64), dW: z.array(f64) })
    .refine((p) => p.W.length === p.dW.length && p.W.every((w, l) => w.length === p.dW[l].length), { message: 'W and dW must have the same shapes', path: ['dW'] })
    .optional(),
});

/** Recorded costs in compact form: costs[i] is the cost at iterations[i]. */
export const CostSeriesSchema = z
  .strictObject({ iterations: i32, costs: f64 })
  .refine((c) => c.iterations.length === c.costs.length, { message: 'iterations and costs differ in length' });

/** Compact recorded costs. */
export type CostSeries = z.output<typeof CostSeriesSchema>;

const nullableNumber = anyNumber.nullable();

/** A run's summary fields as they appear in a bundle (the same fields as RunSummary). */
export const RunSummarySchema = z.strictObject({
  id: z.string().min(1),
  experimentId: z.string().min(1),
  name: z.string(),
  arm: z.string(),
  status: z.enum(RUN_STATUSES),
  dataset: z.string(),
  init: z.string(),
  initSeed: z.number(),
  dataSeed: z.number().nullable(),
  iterations: z.number().int().min(0),
  iterationsRun: z.number().int().min(0).nullable(),
  trainAccuracy: nullableNumber,
  testAccuracy: nullableNumber,
  finalCost: nullableNumber,
  divergedAt: z.number().int().nullable(),
  firstNonFiniteIteration: z.number().int().nullable(),
  errorMessage: z.string().nullable(),
  engineVersion: z.string(),
  createdAt: isoTime,
  startedAt: isoTime.nullable(),
  finishedAt: isoTime.nullable(),
  trainSeconds: nullableNumber,
  tags: z.array(z.string()),
  notes: z.string(),
  sweep: z.strictObject({ sweepId: z.string().min(1), scale: z.number(), seed: z.number() }).nullable(),
});

/** One run in a bundle: summary, full config, costs, checkpoints and parameters. */
export const BundleRunSchema = RunSummarySchema.extend({
  config: z.unknown(),
  costs: CostSeriesSchema,
  checkpoints: z.array(checkpoint),
  initialParams: params.nullable(),
  finalParams: params.nullable(),
});

/** One run in a bundle. */
export type BundleRun = z.output<typeof BundleRunSchema>;

/** One experiment in a bundle; its runs are listed in the bundle's `runs`. */
export const BundleExperimentSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string(),
  kind: z.enum(['experiment', 'sweep']),
  config: z.unknown(),
  createdAt: isoTime,
  tags: z.array(z.string()),
  notes: z.string(),
});

/** One experiment in a bundle. */
export type BundleExperiment = z.output<typeof BundleExperimentSchema>;

/** A whole bundle. Every run's experimentId names an experiment in the same bundle. */
export const BundleSchema = z
  .strictObject({
    format: z.literal(BUNDLE_FORMAT),
    version: z.number().int().min(1).max(BUNDLE_VERSION),
    exportedAt: isoTime,
    appVersion: z.string(),
    experiments: z.array(BundleExperimentSchema),
    runs: z.array(BundleRunSchema),
  })
  .superRefine((b, ctx) => {
    const ids = new Set(b.experiments.map((e) => e.id));
    b.runs.forEach((r, i) => {
      if (!ids.has(r.experimentId)) ctx.addIssue({ code: 'custom', path: ['runs', i, 'experimentId'], message: 'names no experiment in the bundle' });
    });
  });

/** A validated bundle. */
export type Bundle = z.output<typeof BundleSchema>;

// Type-level checks that the bundle's shapes stay those of the engine and the records.
type Assert<T extends true> = T;
export type _BundleChecks = [
  Assert<BundleRun['checkpoints'][number] extends Checkpoint ? true : false>,
  Assert<NonNullable<BundleRun['initialParams']> extends Params ? true : false>,
  Assert<z.output<typeof RunSummarySchema> extends RunSummary ? true : false>,
  Assert<RunSummary extends z.output<typeof RunSummarySchema> ? true : false>,
];

/** The JSON text of a bundle (typed arrays as base64, non-finite numbers tagged). */
export function serializeBundle(bundle: Bundle): string {
  return stringifyWire(bundle);
}

/** Parses and validates bundle text; a bad, truncated or newer file gets one clear error. */
export function parseBundle(text: string): Result<Bundle> {
  let raw: unknown;
  try {
    raw = parseWire(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return fail('bad_bundle', `not a readable bundle (the file may be truncated): ${why}`);
  }
  if (raw === null || typeof raw !== 'object' || (raw as { format?: unknown }).format !== BUNDLE_FORMAT) {
    return fail('bad_bundle', `not an Init Lab bundle: expected "format": "${BUNDLE_FORMAT}"`);
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > BUNDLE_VERSION) {
    return fail('unsupported_version', `bundle version ${version} is newer than this app reads (up to ${BUNDLE_VERSION})`);
  }
  const r = parseWith(BundleSchema, raw, 'bundle');
  return r.ok ? r : fail('bad_bundle', `invalid bundle: ${r.error.message}`, r.error.issues);
}
