// A scale sweep's description (stored as its experiment's config), what it scales, and how a cell's run config
// is made: shared so the UI can say before submitting which initializers can be swept.
import { z } from 'zod';
import { RunConfigSchema, type RunConfig } from './config';
import { fail, ok, parseWith, type Result } from './errors';
import { INITIALIZERS, INITIALIZER_NAMES, isInitializerName } from '../engine/init';
import { cloneData } from './clone';

/** What a sweep scales: the initializer's weight multiplier (init.multiplier), whatever the family. */
export const MULTIPLIER = 'multiplier';

/** Initializers a sweep cannot scale: zeros (every multiple of 0 is 0) and the data-dependent lsuv (no multiplier). */
export const UNSCALABLE = INITIALIZER_NAMES.filter((n) => n === 'zeros' || INITIALIZERS[n].dataDependent);

/** What a sweep is: a base run config, what it scales, the grid. */
export const SweepSpecSchema = z.strictObject({
  kind: z.literal('scale_sweep'),
  base: RunConfigSchema,
  /**
   * `multiplier`: each cell's weights are the base's times the scale. Sweeps stored before the multiplier existed
   * name an initializer parameter instead (gain, scale, std or value), multiplied by the scale.
   */
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
  return parseWith(SweepSpecSchema, raw, '');
}

/** What a sweep of this initializer scales (its weight multiplier) and its value at scale 1, or why it cannot be swept. */
export function scaleParamOf(init: RunConfig['init']): Result<{ param: string; baseValue: number }> {
  if (!isInitializerName(init.name)) return fail('invalid_input', `unknown initializer ${init.name}`);
  if ((UNSCALABLE as string[]).includes(init.name)) {
    const why = init.name === 'zeros' ? 'every multiple of its weights is 0' : `${init.name} scales its weights to unit variance on the data`;
    return fail('invalid_input', `base.init.name: ${init.name} cannot be swept (${why}); every initializer but ${UNSCALABLE.join(' and ')} can`);
  }
  return ok({ param: MULTIPLIER, baseValue: init.multiplier ?? 1 });
}

/** The run config of one cell: the base with its multiplier (or, for an older sweep, its parameter) scaled and the seed applied. */
export function cellConfig(spec: SweepSpec, scale: number, seed: number): RunConfig {
  const base = cloneData(spec.base);
  const data = spec.varyDataSeed ? withDataSeed(base.data, seed) : base.data;
  return { ...base, data, init: scaledInit(base.init, spec.param, spec.baseValue * scale), initSeed: seed };
}

function scaledInit(init: RunConfig['init'], param: string, value: number): RunConfig['init'] {
  if (param !== MULTIPLIER) return { ...init, params: { ...init.params, [param]: value } };
  // A multiplier of 1 is not written, as the config schema stores it.
  const { multiplier: _old, ...rest } = init;
  return value === 1 ? rest : { ...rest, multiplier: value };
}

function withDataSeed(data: RunConfig['data'], seed: number): RunConfig['data'] {
  if (data.kind === 'course-circles' || data.kind === 'mnist' || data.kind === 'idx') return data;
  if (data.kind === 'csv') return { ...data, splitSeed: seed };
  return { ...data, seed };
}
