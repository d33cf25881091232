// What one row of a config section's table says about a setting: its schema and default, its command-line
// flag, its builder field and how the builder's draft copies it. Schemas, flags, fields and drafts are derived
// from these rows (shared/contract/settings/*.ts), so a new hyper-parameter is one row plus its engine code.
import { z } from 'zod';

/** How a flag's text becomes a value (`count`: a whole number ≥ 1, refused at once); the schema then decides what is allowed. */
export type CliParse = 'number' | 'count' | 'choice' | 'switch';

/** A setting on the command line. */
export interface SettingCli {
  /** The flag, e.g. `--lr`; a switch also gets `--no-…`. */
  flag: string;
  /** The argument's name in the help (`--lr <rate>`); default `n` for numbers, `name` for choices. */
  arg?: string;
  /** What it sets, without the default (the flag list adds the schema's and the course preset's). */
  help: string;
  parse: CliParse;
  /** The command line's own default where it is not the schema's (e.g. --log-every, which also paces the printout). */
  default?: number;
}

/** How the builder shows a setting. */
export interface SettingForm {
  label: string;
  /** `decimal`/`integer`: a number field; `choice`: a select of `choices`; `switch`: a checkbox. */
  kind: 'decimal' | 'integer' | 'choice' | 'switch';
  min?: number;
  max?: number;
  step?: number;
  hint?: string;
  /** Under "More settings" rather than in the main grid. */
  more?: boolean;
  /** Whether the field applies, given the section's draft (e.g. batch size not for gd); default: always. */
  when?: (section: Readonly<Record<string, string>>) => boolean;
}

/** How the builder's draft (text, as typed) copies a setting from a config and back. */
export interface SettingDraft {
  /** The config value as the field's text. */
  toText(value: unknown): string;
  /** The field's text as config input (the schema judges it); `section` is the rest of the section's draft. */
  fromText(text: string, section: Readonly<Record<string, string>>): unknown;
}

/** One setting of a config section: everything the schema, the command line, the builder and the draft need. */
export interface Setting<K extends string = string, S extends z.ZodType = z.ZodType, O extends boolean = boolean> {
  key: K;
  /** The value's type and range, without a default. */
  schema: S;
  default: z.output<S>;
  /** Stored only when it differs from the default, so configs written before the setting existed read back unchanged. */
  omitAtDefault?: O;
  /** Choices of a `choice` setting, with labels, in the order shown. */
  choices?: () => readonly { value: string; label: string }[];
  cli: SettingCli;
  form: SettingForm;
  /** How the draft copies it; default: by `form.kind` (numbers as typed, words as they are, switches as "true"/"false"). */
  draft?: SettingDraft;
}

/** A row with its key and schema types kept, for `sectionSchema`'s inferred shape. */
export function setting<const K extends string, S extends z.ZodType, const O extends boolean = false>(s: Setting<K, S, O>): Setting<K, S, O> {
  return s;
}

type Row = Setting<string, z.ZodType, boolean>;

/** The zod shape of a table: each row's schema with its default (or optional, when it is stored only off its default). */
export type ShapeOf<T extends readonly Row[]> = {
  [E in T[number] as E['key']]: E extends Setting<string, z.ZodType, true> ? z.ZodOptional<E['schema']> : z.ZodDefault<E['schema']>;
};

/** The zod shape of a table, rows in table order (which is the order a parsed config's keys serialise in). */
export function shapeOf<const T extends readonly Row[]>(table: T): ShapeOf<T> {
  return Object.fromEntries(table.map((s) => [s.key, s.omitAtDefault ? s.schema.optional() : s.schema.default(s.default as never)])) as ShapeOf<T>;
}

/** A section's schema: a strict object of its rows; rows stored only off their default are dropped at it. */
export function sectionSchema<const T extends readonly Row[]>(table: T) {
  const omitted = table.filter((s) => s.omitAtDefault);
  return z.strictObject(shapeOf(table)).transform((v) => {
    if (!omitted.length) return v;
    const out: Record<string, unknown> = { ...v };
    for (const s of omitted) if (out[s.key] === s.default) delete out[s.key];
    return out as typeof v;
  });
}

/** A section's defaults as a parsed config holds them (rows stored only off their default left out). */
export function defaultsOf<const T extends readonly Row[]>(table: T): z.output<ReturnType<typeof sectionSchema<T>>> {
  return Object.fromEntries(table.filter((s) => !s.omitAtDefault).map((s) => [s.key, s.default])) as never;
}

const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** A typed number, or the text itself when it is not one (so the schema names the bad value). */
export function numberFromText(s: string): number | string {
  const t = s.trim();
  if (t === '') return s;
  const n = Number(t);
  return Number.isFinite(n) ? n : s;
}

/** The draft rule of a row: its own, else the one its form kind implies. */
export function draftRule(s: Row): SettingDraft {
  if (s.draft) return s.draft;
  switch (s.form.kind) {
    case 'decimal':
    case 'integer':
      return { toText: text, fromText: numberFromText };
    case 'choice':
      return { toText: text, fromText: (t) => t };
    case 'switch':
      return { toText: (v) => (v ? 'true' : 'false'), fromText: (t) => t === 'true' };
  }
}

/** A section's draft from a config section: every row's text (a row the config leaves out at its default). */
export function draftOf(table: readonly Row[], section: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(table.map((s) => [s.key, draftRule(s).toText(section[s.key] ?? s.default)]));
}

/** A section's config input from its draft: every row's value (the schema judges and, at the default, drops omitted ones). */
export function inputOf(table: readonly Row[], draft: Readonly<Record<string, string>>): Record<string, unknown> {
  return Object.fromEntries(table.map((s) => [s.key, draftRule(s).fromText(draft[s.key] ?? draftRule(s).toText(s.default), draft)]));
}
