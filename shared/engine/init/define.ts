// Building registry entries: defaults derived from the parameter list, params merged before sampling.
import type { InitContext, InitParamSpec, InitParams, Initializer } from './types';

/** What a registry entry is written as; defaults and parameter merging are filled in by defineInitializer. */
export interface InitializerDefinition {
  label: string;
  formula: string;
  description: string;
  random: boolean;
  dataDependent?: boolean;
  parameters?: readonly InitParamSpec[];
  check?(params: InitParams): string | null;
  sample(ctx: InitContext): Float64Array;
}

/** Completes a definition into an Initializer whose sample() always sees every parameter. */
export function defineInitializer(def: InitializerDefinition): Initializer {
  const parameters = def.parameters ?? [];
  const defaults = defaultsOf(parameters);
  return {
    label: def.label,
    formula: def.formula,
    description: def.description,
    random: def.random,
    dataDependent: def.dataDependent ?? false,
    parameters,
    defaults,
    check: def.check ?? (() => null),
    sample: (ctx) => def.sample({ ...ctx, params: { ...defaults, ...ctx.params } }),
  };
}

/** A preset of another initializer under its own name (the course's `random` and `he`). */
export function defineAlias(
  target: Initializer,
  targetName: string,
  overrides: InitParams,
  shown: { label: string; formula: string; description: string },
): Initializer {
  const parameters = target.parameters.map((p) => (p.name in overrides ? { ...p, default: overrides[p.name] } : p));
  const defaults = defaultsOf(parameters);
  return {
    ...target,
    ...shown,
    aliasOf: targetName,
    parameters,
    defaults,
    sample: (ctx) => target.sample({ ...ctx, params: { ...defaults, ...ctx.params } }),
  };
}

/** Reads a numeric parameter that the registry guarantees to be present. */
export function num(params: InitParams, name: string): number {
  const v = params[name];
  if (typeof v !== 'number') throw new TypeError(`initializer parameter ${name} must be a number, got ${String(v)}`);
  return v;
}

/** Reads a word-valued parameter that the registry guarantees to be present. */
export function word(params: InitParams, name: string): string {
  const v = params[name];
  if (typeof v !== 'string') throw new TypeError(`initializer parameter ${name} must be a word, got ${String(v)}`);
  return v;
}

/** rows × cols draws of mean + std · N(0, 1), row-major in draw order (numpy: mean + std · randn(rows, cols)). */
export function normalMatrix(ctx: InitContext, mean: number, std: number): Float64Array {
  const out = new Float64Array(ctx.rows * ctx.cols);
  for (let i = 0; i < out.length; i++) out[i] = mean + std * ctx.rng.normal();
  return out;
}

/** rows × cols draws of U(low, high), row-major (numpy: uniform(low, high, (rows, cols))). */
export function uniformMatrix(ctx: InitContext, low: number, high: number): Float64Array {
  const out = new Float64Array(ctx.rows * ctx.cols);
  const span = high - low;
  for (let i = 0; i < out.length; i++) out[i] = low + span * ctx.rng.uniform();
  return out;
}

function defaultsOf(parameters: readonly InitParamSpec[]): InitParams {
  return Object.fromEntries(parameters.map((p) => [p.name, p.default]));
}
