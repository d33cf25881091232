// A scale sweep's description (stored as its experiment's config), the parameter it scales, and how a
// cell's run config is made: shared so the UI can say before submitting which initializers can be swept.
import { z } from 'zod';
import { RunConfigSchema, type RunConfig } from './config';
import { describeZodError, fail, ok, type Result } from './errors';
import { INITIALIZERS, isInitializerName } from '../engine/init';

/** Parameters that scale an initializer's weights linearly, in order of preference. */
export const SCALE_PARAMS = ['gain', 'scale', 'std', 'value'] as const;

/** What a sweep is: a base run config, the parameter scaled, the grid. */
export const SweepSpecSchema = z.object({
  kind: z.literal('scale_sweep'),
  base: RunConfigSchema,
  /** The initializer parameter multiplied by each scale. */
  param: z.string(),
  /** Its value at scale 1. */
  baseValue: z.number(),
  scales: z.array(z.number().positive()).min(1),
  seeds: z.array(z.number().int().min(0)).min(1),
  varyDataSeed: z.boolean(),
});

/** A validated sweep description. */
export type SweepSpec = z.output<typeof SweepSpecSchema>;

/** Validates a stored or imported sweep description. */
export function parseSweepSpec(raw: unknown): Result<SweepSpec> {
  const r = SweepSpecSchema.safeParse(raw);
  return r.success ? ok(r.data) : fail('invalid_input', describeZodError(r.error, raw, 'sweep').replace(/^sweep\./, ''));
}

/** The parameter a sweep of this initializer scales and its value at scale 1, or an explanation why there is none. */
export function scaleParamOf(init: RunConfig['init']): Result<{ param: string; baseValue: number }> {
  if (!isInitializerName(init.name)) return fail('invalid_input', `unknown initializer ${init.name}`);
  const entry = INITIALIZERS[init.name];
  const names = entry.parameters.map((p) => p.name);
  const param = SCALE_PARAMS.find((p) => names.includes(p));
  if (!param) {
    return fail(
      'invalid_input',
      `base.init.name: ${init.name} has no parameter that scales its weights (one of ${SCALE_PARAMS.join(', ')}); sweep e.g. xavier_normal (gain), orthogonal (gain), scaled_normal (scale) or normal (std)`,
    );
  }
  const v = init.params[param] ?? entry.defaults[param];
  if (typeof v !== 'number') return fail('invalid_input', `base.init.params.${param}: expected a number (got ${JSON.stringify(v)})`);
  return ok({ param, baseValue: v });
}

/** The run config of one cell: the base with the parameter scaled and the seed applied. */
export function cellConfig(spec: SweepSpec, scale: number, seed: number): RunConfig {
  const base = structuredClone(spec.base);
  const data = spec.varyDataSeed ? withDataSeed(base.data, seed) : base.data;
  return { ...base, data, init: { ...base.init, params: { ...base.init.params, [spec.param]: spec.baseValue * scale } }, initSeed: seed };
}

function withDataSeed(data: RunConfig['data'], seed: number): RunConfig['data'] {
  if (data.kind === 'course-circles') return data;
  if (data.kind === 'csv') return { ...data, splitSeed: seed };
  return { ...data, seed };
}
