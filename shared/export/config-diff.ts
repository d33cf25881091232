// The fields that differ across selected runs' configs, for the compare view and reports.
import type { RunConfig } from '../contract/config';
import { configFields } from './config-fields';

/** One field that is not the same in every config: its dotted path and each config's value (undefined if absent). */
export interface ConfigDifference {
  path: string;
  values: unknown[];
}

/**
 * Fields whose values are not all equal across the configs, in the order they first appear; values[i] is
 * configs[i]'s. Parameters left at their defaults compare equal to ones set to the same value. Arrays are
 * compared whole (network.dims, a CSV's rows). Fewer than two configs have no differences.
 */
export function configDiff(configs: readonly RunConfig[]): ConfigDifference[] {
  if (configs.length < 2) return [];
  const perConfig = configs.map((c) => new Map(configFields(c).map((f) => [f.path, f.value])));
  const paths: string[] = [];
  const seen = new Set<string>();
  for (const fields of perConfig) {
    for (const path of fields.keys()) {
      if (!seen.has(path)) {
        seen.add(path);
        paths.push(path);
      }
    }
  }
  const out: ConfigDifference[] = [];
  for (const path of paths) {
    const values = perConfig.map((fields) => fields.get(path));
    if (values.some((v) => !sameValue(v, values[0]))) out.push({ path, values });
  }
  return out;
}

/** Structural equality of plain config values (NaN equals NaN; 0 equals −0). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    const rb = b as Record<string, unknown>;
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue((a as Record<string, unknown>)[k], rb[k]));
  }
  return false;
}
