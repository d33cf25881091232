// Initializer specs: `name[:key=value;key=value]` parsed and checked against the registry, with one clear error.
import { INITIALIZERS, INITIALIZER_NAMES, isInitializerName, type InitializerName } from './registry';
import type { InitParamSpec, InitParamValue } from './types';

/** A fully resolved initializer choice: every parameter present (defaults filled in), plus the bias constant. */
export interface InitSpec {
  name: InitializerName;
  params: Record<string, InitParamValue>;
  /** The value every bias starts at (default 0). */
  bias: number;
  /** What every weight matrix is multiplied by after drawing; absent means 1, and 1 is never written. */
  multiplier?: number;
}

/** Why a spec was refused. */
export type InitSpecErrorCode = 'bad_syntax' | 'unknown_initializer' | 'unknown_parameter' | 'bad_value';

/** A refused spec: a code, the field at fault (e.g. he_normal.gain) and a message saying what is accepted. */
export class InitSpecError extends Error {
  override readonly name = 'InitSpecError';
  constructor(
    readonly code: InitSpecErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The parameter every initializer accepts: the biases' starting value. */
export const BIAS_PARAMETER: InitParamSpec = {
  name: 'bias',
  type: 'number',
  default: 0,
  description: 'the value every bias starts at',
};

/**
 * The parameter every initializer accepts but lsuv: a factor every weight matrix is multiplied by after it is drawn
 * (biases untouched), so any family can be scaled, e.g. he_normal:multiplier=2 is 2 · randn · √(2/fan_in).
 */
export const MULTIPLIER_PARAMETER: InitParamSpec = {
  name: 'multiplier',
  type: 'number',
  default: 1,
  description: 'factor every weight is multiplied by after drawing (biases untouched)',
};

/** The parameters every initializer takes besides its own, by their reserved names. */
export const COMMON_PARAMETERS: readonly InitParamSpec[] = [BIAS_PARAMETER, MULTIPLIER_PARAMETER];

/** Resolves a name and given parameters (numbers, or strings as typed) into a checked InitSpec; throws InitSpecError. */
export function resolveInitSpec(name: string, given: Readonly<Record<string, unknown>> = {}): InitSpec {
  if (!isInitializerName(name)) {
    throw new InitSpecError('unknown_initializer', `unknown initializer "${name}"; accepted: ${INITIALIZER_NAMES.join(', ')}`, 'init');
  }
  const init = INITIALIZERS[name];
  const specs = [...init.parameters, ...COMMON_PARAMETERS];
  const values: Record<string, InitParamValue> = { ...init.defaults };
  let bias = 0;
  let multiplier = 1;
  for (const [key, raw] of Object.entries(given)) {
    const spec = specs.find((p) => p.name === key);
    if (!spec) {
      throw new InitSpecError(
        'unknown_parameter',
        `unknown parameter "${key}" for ${name}; accepted: ${specs.map((p) => p.name).join(', ')}`,
        `${name}.${key}`,
      );
    }
    if (spec === MULTIPLIER_PARAMETER) {
      multiplier = readMultiplier(name, raw);
      continue;
    }
    const value = coerce(name, spec, raw);
    if (spec === BIAS_PARAMETER) bias = value as number;
    else values[key] = value;
  }
  const problem = init.check(values);
  if (problem) throw new InitSpecError('bad_value', `bad parameters for ${name}: ${problem}`, name);
  return multiplier === 1 ? { name, params: values, bias } : { name, params: values, bias, multiplier };
}

/** The InitSpec of an initializer as a config holds it ({ name, params, bias, multiplier? }); throws InitSpecError. */
export function initSpecOf(init: { name: string; params: Readonly<Record<string, unknown>>; bias: number; multiplier?: number }): InitSpec {
  return resolveInitSpec(init.name, { ...init.params, bias: init.bias, ...(init.multiplier === undefined ? {} : { multiplier: init.multiplier }) });
}

function readMultiplier(name: InitializerName, raw: unknown): number {
  const field = `${name}.multiplier`;
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : NaN;
  if (!(value > 0 && value < Infinity)) throw new InitSpecError('bad_value', `bad value "${String(raw)}" for ${field}: expected a positive number`, field);
  // LSUV divides each layer by the std of its pre-activations until their variance is 1: a multiplier applied
  // before would be undone, and one applied after would make it another initializer under LSUV's name.
  if (value !== 1 && INITIALIZERS[name].dataDependent) {
    throw new InitSpecError('bad_value', `bad value "${String(raw)}" for ${field}: expected 1, as ${name} scales its weights to unit variance on the data`, field);
  }
  return value;
}

/** Parses `name` or `name:key=value;key=value` (e.g. he_normal:mode=fan_out;bias=0.1;multiplier=2); throws InitSpecError. */
export function parseInitSpec(text: string): InitSpec {
  const trimmed = text.trim();
  const colon = trimmed.indexOf(':');
  const name = (colon < 0 ? trimmed : trimmed.slice(0, colon)).trim();
  if (name === '') throw syntaxError(text);
  const given: Record<string, string> = {};
  if (colon >= 0) {
    for (const part of trimmed.slice(colon + 1).split(';')) {
      if (part.trim() === '') continue;
      const eq = part.indexOf('=');
      const key = eq < 0 ? '' : part.slice(0, eq).trim();
      if (key === '') throw syntaxError(text);
      if (key in given) throw new InitSpecError('bad_syntax', `parameter "${key}" given twice in "${text}"`, `${name}.${key}`);
      given[key] = part.slice(eq + 1).trim();
    }
  }
  return resolveInitSpec(name, given);
}

/** parseInitSpec as data: { ok: true, value } or { ok: false, error: { code, message } }. */
export function safeParseInitSpec(
  text: string,
): { ok: true; value: InitSpec } | { ok: false; error: { code: InitSpecErrorCode; message: string } } {
  try {
    return { ok: true, value: parseInitSpec(text) };
  } catch (e) {
    if (e instanceof InitSpecError) return { ok: false, error: { code: e.code, message: e.message } };
    throw e;
  }
}

/** Parses a comma-separated list of specs (the CLI's --init zeros,random,he:mode=fan_out). */
export function parseInitSpecList(text: string): InitSpec[] {
  const parts = text.split(',').map((s) => s.trim());
  if (parts.some((s) => s === '')) throw new InitSpecError('bad_syntax', `empty initializer in list "${text}"`, 'init');
  return parts.map(parseInitSpec);
}

/** The shortest spec text that parses back to the same spec: the name, then only the non-default parameters. */
export function formatInitSpec(spec: InitSpec): string {
  const defaults = INITIALIZERS[spec.name].defaults;
  const parts = Object.entries(spec.params)
    .filter(([k, v]) => defaults[k] !== v)
    .map(([k, v]) => `${k}=${v}`);
  if (spec.bias !== 0) parts.push(`bias=${spec.bias}`);
  if ((spec.multiplier ?? 1) !== 1) parts.push(`multiplier=${spec.multiplier}`);
  return parts.length === 0 ? spec.name : `${spec.name}:${parts.join(';')}`;
}

function coerce(init: string, spec: InitParamSpec, raw: unknown): InitParamValue {
  const field = `${init}.${spec.name}`;
  const bad = (expected: string) =>
    new InitSpecError('bad_value', `bad value "${String(raw)}" for ${field}: expected ${expected}`, field);
  if (spec.type === 'enum') {
    const options = spec.options ?? [];
    if (typeof raw !== 'string' || !options.includes(raw.trim())) throw bad(`one of ${options.join(', ')}`);
    return raw.trim();
  }
  const expected = describeNumber(spec);
  let value: number;
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string' && raw.trim() !== '') value = Number(raw.trim());
  else throw bad(expected);
  if (!Number.isFinite(value)) throw bad(expected);
  if (spec.type === 'integer' && !Number.isInteger(value)) throw bad(expected);
  if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) throw bad(expected);
  return value;
}

function describeNumber(spec: InitParamSpec): string {
  const kind = spec.type === 'integer' ? 'an integer' : 'a number';
  if (spec.min !== undefined && spec.max !== undefined) return `${kind} in [${spec.min}, ${spec.max}]`;
  if (spec.min !== undefined) return `${kind} ≥ ${spec.min}`;
  if (spec.max !== undefined) return `${kind} ≤ ${spec.max}`;
  return `a finite ${spec.type === 'integer' ? 'integer' : 'number'}`;
}

function syntaxError(text: string): InitSpecError {
  return new InitSpecError('bad_syntax', `bad initializer spec "${text}"; expected name or name:key=value;key=value`, 'init');
}
