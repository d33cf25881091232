// Error codes and the result type every operation returns: errors cross each boundary as data.
import type { z } from 'zod';

/** Every error code a service operation, a door or an import can answer with. */
export const ERROR_CODES = [
  /** A payload failed its schema: the message names the field and the bad value. */
  'invalid_input',
  /** No operation of that name. */
  'unknown_operation',
  /** The id names nothing in the store. */
  'not_found',
  /** The request is valid but contradicts the current state (e.g. cancelling a finished run). */
  'conflict',
  /** A file is not a bundle, is truncated, or fails the bundle schema. */
  'bad_bundle',
  /** A bundle written by a newer format version. */
  'unsupported_version',
  /** The service is shutting down or closed. */
  'unavailable',
  /** A door refused the request (missing token). */
  'unauthorized',
  /** A door refused the request (foreign host or origin). */
  'forbidden',
  /** Anything else; the message says what went wrong. */
  'internal',
] as const;

/** One of ERROR_CODES. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error as data: a stable code and a sentence for people. */
export interface LabError {
  code: ErrorCode;
  message: string;
}

/** What every operation returns: the value, or an error as data (never a thrown exception across a boundary). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: LabError };

/** A successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed result with the given code and message. */
export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** True for a known error code (doors use it when reading errors back from the wire). */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** An exception that carries a LabError; the service turns it back into a failed Result at its edge. */
export class LabFailure extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'LabFailure';
    this.code = code;
  }
}

/** Turns anything thrown into a LabError (a LabFailure keeps its code; other errors become `internal`). */
export function toLabError(e: unknown): LabError {
  if (e instanceof LabFailure) return { code: e.code, message: e.message };
  if (e instanceof Error) return { code: 'internal', message: e.message };
  return { code: 'internal', message: String(e) };
}

/** One line per zod issue naming the field path and the bad value, e.g. `config.lr: must be > 0 (got -1)`. */
export function describeZodError(error: z.ZodError, input: unknown, root = 'input'): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = [root, ...issue.path.map(String)].join('.');
      const got = valueAt(input, issue.path);
      const shown = got === undefined ? 'missing' : `got ${preview(got)}`;
      return `${path}: ${issue.message} (${shown})`;
    })
    .join('; ');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function preview(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'string' ? JSON.stringify(v) : typeof v === 'number' ? String(v) : (JSON.stringify(v) ?? String(v));
  } catch {
    s = String(v);
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Parses with a zod schema into a Result whose error names the field and the value. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, root = 'input'): Result<z.output<S>> {
  const r = schema.safeParse(input);
  if (r.success) return ok(r.data);
  return fail('invalid_input', describeZodError(r.error, input, root));
}
