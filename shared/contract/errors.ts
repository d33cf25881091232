// Error codes and the result type every operation returns: errors cross each boundary as data.
import type { z } from 'zod';
import { issueLine, issuesFromZod, issuesMessage, pathText, type ValidationIssue } from './issues';

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

/** An error as data: a stable code, a sentence for people and, for a refused payload, every problem in it. */
export interface LabError {
  code: ErrorCode;
  message: string;
  /** What failed validation, field by field (paths from the operation's payload). */
  issues?: ValidationIssue[];
}

/** What every operation returns: the value, or an error as data (never a thrown exception across a boundary). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: LabError };

/** A successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed result with the given code, message and (for a refused payload) its issues. */
export function fail<T = never>(code: ErrorCode, message: string, issues?: ValidationIssue[]): Result<T> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

/** True for a known error code (doors use it when reading errors back from the wire). */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** An exception that carries a LabError; the service turns it back into a failed Result at its edge. */
export class LabFailure extends Error {
  readonly code: ErrorCode;
  readonly issues?: ValidationIssue[];
  constructor(code: ErrorCode, message: string, issues?: ValidationIssue[]) {
    super(message);
    this.name = 'LabFailure';
    this.code = code;
    if (issues) this.issues = issues;
  }
}

/** Turns anything thrown into a LabError (a LabFailure keeps its code; other errors become `internal`). */
export function toLabError(e: unknown): LabError {
  if (e instanceof LabFailure) return e.issues ? { code: e.code, message: e.message, issues: e.issues } : { code: e.code, message: e.message };
  if (e instanceof Error) return { code: 'internal', message: e.message };
  return { code: 'internal', message: String(e) };
}

/** Parses with a zod schema into a Result whose error lists the issues; the message writes paths under `root` (if any). */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, root = 'input'): Result<z.output<S>> {
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) return ok(r.data);
  const issues = issuesFromZod(r.error.issues, input, schema);
  const where = (i: ValidationIssue) => (root ? [root, ...i.path].join('.') : pathText(i.path));
  return fail('invalid_input', issuesMessage(issues, (i) => issueLine(i, where(i))), issues);
}
