// Validation problems as data: one structured issue made from zod's issues in this one place, and the few ways
// the doors render it (a line for the CLI and error messages, a short text beside a form field). Nothing reads
// zod's wording: every field of an issue comes from zod's structured issue or from the refinement that raised it.
import type { z } from 'zod';
import { suggest } from './suggest';

/** What kind of problem an issue is (zod's issue codes; anything newer arrives as `custom`). */
export const ISSUE_CODES = [
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_value',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'custom',
] as const;

/** One of ISSUE_CODES. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** A segment of a field path: an object key or a list index. */
export type PathSegment = string | number;

/** One problem in a payload: where it is, what kind, a sentence, the value found and what is accepted. */
export interface ValidationIssue {
  /** Where, from the payload's root: `['base', 'optimizer', 'lr']`. */
  path: PathSegment[];
  code: IssueCode;
  /** The problem in words, without the path or the value: `expected a number > 0`, `unknown key; did you mean iterations?`. */
  message: string;
  /** The value found, as JSON text (`"fast"`, `-1`, `Infinity`; `nothing` when it is missing); absent for an unknown key. */
  received?: string;
  /** What is accepted, completing "expected …": `a number > 0`, `an integer`, `one of relu, tanh`, `1`. */
  expected?: string;
  /** For `unrecognized_keys`: the key that is not accepted, and the closest accepted one, if any is close. */
  key?: string;
  suggestion?: string;
}

/** What a refinement passes as zod's `params` so its issue carries what is accepted (see customIssue). */
interface CustomParams {
  expected?: string;
}

/**
 * A refinement's issue, for `ctx.addIssue(...)`: its message is `expected <expected>` and, when given, `: <why>`,
 * and the issue keeps `expected` as data.
 */
export function customIssue(path: PathSegment[], input: unknown, expected: string, why?: string) {
  return { code: 'custom' as const, path, input, message: why ? `expected ${expected}: ${why}` : `expected ${expected}`, params: { expected } };
}

/** A value as an issue shows it: JSON, cut to 80 characters; `nothing` when missing. */
export function showValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  if (typeof v === 'bigint') return String(v);
  let text: string;
  try {
    text = JSON.stringify(v) ?? String(v);
  } catch {
    text = String(v);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

const TYPE_WORDS: Record<string, string> = {
  int: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
  bigint: 'an integer',
};

function bound(origin: string, op: string, limit: unknown): string {
  const n = String(limit);
  if (origin === 'array' || origin === 'set') return op.startsWith('≥') ? `at least ${n} item${n === '1' ? '' : 's'}` : `at most ${n} item${n === '1' ? '' : 's'}`;
  if (origin === 'string') return op.startsWith('≥') ? `at least ${n} character${n === '1' ? '' : 's'}` : `at most ${n} character${n === '1' ? '' : 's'}`;
  return op === '>' && n === '0' ? 'a positive number' : `a number ${op} ${n}`;
}

function listed(values: readonly unknown[]): string {
  const words = values.map((v) => (typeof v === 'string' ? v : showValue(v)));
  return words.length === 1 ? words[0] : `one of ${words.join(', ')}`;
}

/** What a zod issue accepts, in words; undefined when it does not say (a refinement without `expected`). */
function expectedOf(issue: z.core.$ZodIssue, found: unknown): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number' && typeof found === 'number') return 'a finite number';
      return TYPE_WORDS[issue.expected] ?? `a value of type ${issue.expected}`;
    case 'too_small':
      return bound(issue.origin, issue.inclusive ? '≥' : '>', issue.minimum);
    case 'too_big':
      return bound(issue.origin, issue.inclusive ? '≤' : '<', issue.maximum);
    case 'invalid_value':
      return listed(issue.values);
    case 'not_multiple_of':
      return `a multiple of ${String(issue.divisor)}`;
    case 'invalid_format':
      return `a ${issue.format}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      return options?.length ? listed(options) : 'one of the accepted forms';
    }
    case 'custom':
      return (issue.params as CustomParams | undefined)?.expected;
    default:
      return undefined;
  }
}

// ---- the accepted keys at a path, for "did you mean" (zod's unrecognized_keys issue names only the bad keys) ----

interface Def {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  element?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  discriminator?: string;
}

const defOf = (s: z.core.$ZodType): Def => s._zod.def as Def;

/** The schema under wrappers (default, optional, pipe…), and for a discriminated union the option the value picks. */
function unwrap(schema: z.core.$ZodType, value: unknown): z.core.$ZodType | null {
  let s = schema;
  for (let guard = 0; guard < 32; guard++) {
    const def = defOf(s);
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else if (def.type === 'union' && def.options) {
      const tag = def.discriminator ? valueAt(value, [def.discriminator]) : undefined;
      const pick = def.options.find((o) => {
        const shape = defOf(o).shape;
        const d = def.discriminator && shape?.[def.discriminator];
        // A literal's or an enum's accepted values (zod keeps them as a set on the schema).
        return d ? ((d._zod as { values?: Set<unknown> }).values?.has(tag) ?? false) : false;
      });
      if (!pick) return null;
      s = pick;
    } else return s;
  }
  return null;
}

/** The keys the object schema at `path` accepts, following the input's values through unions; null if not an object. */
export function acceptedKeysAt(schema: z.core.$ZodType, input: unknown, path: readonly PropertyKey[]): string[] | null {
  let s: z.core.$ZodType | null = schema;
  let v = input;
  for (const key of path) {
    s = s && unwrap(s, v);
    if (!s) return null;
    const def = defOf(s);
    if (def.type === 'object' && def.shape) s = def.shape[String(key)] ?? null;
    else if (def.type === 'array' && def.element) s = def.element;
    else if (def.type === 'record' && def.valueType) s = def.valueType;
    else return null;
    v = valueAt(v, [key]);
  }
  s = s && unwrap(s, v);
  const shape = s ? defOf(s).shape : undefined;
  return shape ? Object.keys(shape) : null;
}

/**
 * zod's issues as ValidationIssues: one per unknown key (with the closest accepted key when `schema` is given), the
 * value read from the input at the issue's path (or the value a refinement reported).
 */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[], input: unknown, schema?: z.core.$ZodType): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    if (issue.code === 'unrecognized_keys') {
      const accepted = schema ? acceptedKeysAt(schema, input, issue.path) : null;
      for (const key of issue.keys) {
        const suggestion = accepted ? suggest(key, accepted) : null;
        out.push({
          path: [...path, key],
          code: 'unrecognized_keys',
          message: suggestion ? `unknown key; did you mean ${suggestion}?` : accepted ? `unknown key; accepted: ${accepted.join(', ')}` : 'unknown key',
          key,
          ...(accepted ? { expected: listed(accepted) } : {}),
          ...(suggestion ? { suggestion } : {}),
        });
      }
      continue;
    }
    // A refinement reports the value it judged; zod's own checks are read from the input (zod reports a
    // non-finite number as null, and a union's whole object rather than the field).
    const at = valueAt(input, issue.path);
    const found = issue.code === 'custom' && 'input' in issue ? issue.input : issue.code === 'invalid_union' ? at : (at ?? issue.input);
    const expected = expectedOf(issue, found);
    const code = (ISSUE_CODES as readonly string[]).includes(issue.code) ? (issue.code as IssueCode) : 'custom';
    const message = issue.code === 'custom' ? issue.message : expected ? `expected ${expected}` : 'not accepted';
    out.push({ path, code, message, received: showValue(found), ...(expected ? { expected } : {}) });
  }
  return out;
}

/** The issues with a path prefix added (a config found at `experiment` inside an operation's payload). */
export function underPath(prefix: readonly PathSegment[], issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
}

/** The issues with a path prefix taken off where they have it (an operation's payload field the user did not type). */
export function withoutPrefix(prefix: readonly PathSegment[], issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map((i) => (prefix.every((p, k) => i.path[k] === p) ? { ...i, path: i.path.slice(prefix.length) } : i));
}

/** A path as text: `base.optimizer.lr`; `empty` when the problem is the whole payload. */
export function pathText(path: readonly PathSegment[], empty = '(input)'): string {
  return path.length ? path.join('.') : empty;
}

/** The problem without its path: `got -1; expected a number > 0`, or `unknown key; did you mean iterations?`. */
export function issueText(issue: ValidationIssue): string {
  return issue.received !== undefined ? `got ${issue.received}; ${issue.message}` : issue.message;
}

/** One line: `optimizer.lr: got -1; expected a number > 0`, the path written by `where` (a CLI writes the flag). */
export function issueLine(issue: ValidationIssue, where: string = pathText(issue.path)): string {
  return `${where}: ${issueText(issue)}`;
}

/** The message of a failed validation: its first issue's line, and how many more there are. */
export function issuesMessage(issues: readonly ValidationIssue[], line: (i: ValidationIssue) => string = (i) => issueLine(i)): string {
  if (issues.length === 0) return 'invalid input';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return line(issues[0]) + more;
}

/** What a form shows beside the field: `must be a number > 0 (got -1)`, else the issue's sentence. */
export function issueFieldText(issue: ValidationIssue): string {
  const got = issue.received === undefined || issue.received === '""' ? 'nothing' : issue.received;
  const plain = issue.code === 'invalid_type' || issue.code === 'too_small' || issue.code === 'too_big' || issue.code === 'not_multiple_of';
  if (plain && issue.expected) return `must be ${issue.expected} (got ${got})`;
  return issueText(issue);
}
