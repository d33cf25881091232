// A run config as a flat list of fields (path → value), with initializer and activation defaults filled in,
// and each value written short enough for a table cell.
import type { RunConfig } from '../contract/config';
import { formatInitSpec, initSpecOf, resolveInitSpec } from '../engine/init';
import { ACTIVATIONS, activationParams, type ActivationName } from '../engine/nn/activations';
import { cloneData } from '../contract/clone';

/** One leaf of a config: its dotted path (e.g. init.params.gain) and its value; arrays are leaves. */
export interface ConfigField {
  path: string;
  value: unknown;
}

/**
 * The config's leaves in their written order. Initializer and activation parameters (and the weight multiplier)
 * are listed with their defaults filled in, so a parameter left out and one set to its default read the same.
 */
export function configFields(config: RunConfig): ConfigField[] {
  const fields: ConfigField[] = [];
  walk(withDefaults(config), '', fields);
  return fields;
}

/** A value as a table cell shows it: numbers exactly, short arrays in full, long ones by their size. */
export function formatConfigValue(value: unknown): string {
  if (value === undefined) return '—';
  if (value === null) return 'null';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length > 12 || value.some((v) => typeof v === 'object' && v !== null)) return describeArray(value);
    return `[${value.map(formatConfigValue).join(', ')}]`;
  }
  return JSON.stringify(value);
}

/** The run's initializer as a spec, with non-default parameters, bias and multiplier (e.g. he_normal:mode=fan_out;bias=0.1). */
export function initSpecText(config: RunConfig): string {
  try {
    return formatInitSpec(initSpecOf(config.init));
  } catch {
    return config.init.name;
  }
}

function withDefaults(config: RunConfig): RunConfig {
  const out = cloneData(config);
  out.init = { ...out.init, multiplier: config.init.multiplier ?? 1 };
  try {
    out.init = { ...out.init, params: resolveInitSpec(config.init.name, config.init.params).params };
  } catch {
    // An unknown initializer (a run from a newer version): its parameters are shown as written.
  }
  const activation = config.network.activation as ActivationName;
  if (Object.prototype.hasOwnProperty.call(ACTIVATIONS, activation)) {
    out.network = { ...out.network, activationParams: { ...activationParams(activation, config.network.activationParams) } };
  }
  return out;
}

function walk(value: unknown, path: string, out: ConfigField[]): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    // An empty object (an initializer without parameters) has no leaves: it adds no field.
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) walk(v, path === '' ? key : `${path}.${key}`, out);
    return;
  }
  out.push({ path, value });
}

function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  return String(x);
}

function describeArray(value: unknown[]): string {
  const first = value[0];
  if (Array.isArray(first)) return `${value.length} × ${first.length} values`;
  return `${value.length} values`;
}
