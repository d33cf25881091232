// An initializer's name as people read it, from its spec alone: the one label for cards, legends, exports,
// reports and the library ("He", "Random ×10", "Xavier normal (gain 2)", "He ×2").
import { INITIALIZERS } from './registry';
import { safeParseInitSpec, type InitSpec } from './spec';

/** The registry's label without its asides: "He (Kaiming) normal" → "He normal", "Random ×10 (course)" → "Random ×10". */
export function shortInitName(name: InitSpec['name']): string {
  return INITIALIZERS[name].label.replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
}

/** A number as written in a label: up to 4 significant digits, no trailing zeros. */
function labelNumber(v: number): string {
  return String(Number(v.toPrecision(4)));
}

/** The label of a resolved spec: short name, then its non-default parameters and bias, then "×m" for a multiplier ≠ 1. */
export function initLabel(spec: InitSpec): string {
  const defaults = INITIALIZERS[spec.name].defaults;
  const params = Object.entries(spec.params)
    .filter(([k, v]) => defaults[k] !== v)
    .map(([k, v]) => `${k} ${typeof v === 'number' ? labelNumber(v) : v}`);
  if (spec.bias !== 0) params.push(`bias ${labelNumber(spec.bias)}`);
  const multiplier = spec.multiplier ?? 1;
  return `${shortInitName(spec.name)}${params.length ? ` (${params.join(', ')})` : ''}${multiplier !== 1 ? ` ×${labelNumber(multiplier)}` : ''}`;
}

/** The label of a spec as written (`he_normal:multiplier=2`); text that does not parse is shown as it is. */
export function initLabelOf(specText: string): string {
  const parsed = safeParseInitSpec(specText);
  return parsed.ok ? initLabel(parsed.value) : specText;
}

/** Whether an arm's stored label is one the lab made (the spec, its name, a sweep's "×s"), not one a person wrote. */
export function isAutomaticArmLabel(arm: string, specText: string): boolean {
  const colon = specText.indexOf(':');
  return arm === specText || arm === (colon < 0 ? specText : specText.slice(0, colon)) || /^×\S+$/.test(arm);
}

/**
 * An arm's label everywhere it is shown, run names included: the one a person wrote, else the initializer's own
 * (`initLabelOf`), so an arm stored as `he` or `xavier_normal` reads "He" or "Xavier normal" in every place.
 */
export function armLabelOf(arm: string, specText: string): string {
  return isAutomaticArmLabel(arm, specText) ? initLabelOf(specText) : arm;
}
